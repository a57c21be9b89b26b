// The parties a sentence names and the role each plays: the customer side (契約者, 利用者,
// 利用申込者, 会員, お客様 …) or the provider side (当社, 運営会社, 特定協定事業者, a club's 本会,
// a rule book's plain 会社 …), and the party a sentence is about (its actor: the first one
// marked with は, else with が).
import {compact} from '../../parse/normalize.js'
import type {Role} from './types.js'

const customerPattern = /(?:利用申込者|申込者|契約者|利用者|加入者|会員|お客様|ユーザー?|購入者|受講者|入居者|借主|顧客)$/
const providerPattern = /(?:当社|弊社|本会社|運営会社|運営者|提供者|事業者|当組合|当行|当法人|貸主)$|^(?:会社|本会|当会|当協会|当クラブ|当店|当団体)$/
// Who is neither: a third party, a guarantor.
const neitherPattern = /(?:第三者|保証人|連帯保証人|代理人)$/

/** The role of a party word (当社の負担 → provider), or undefined for a third party or a word that is no party. */
export function roleOf(word: string): Role | undefined {
  const name = compact(word).replace(/(?:に対して|に対し|の.*|[はがもにへ])$/, '')
  if (neitherPattern.test(name)) return undefined
  if (customerPattern.test(name)) return 'customer'
  if (providerPattern.test(name)) return 'provider'
  return undefined
}

const partyWord = /当社|弊社|本会(?!員)|当会(?!員)|当協会|当クラブ|当店|当団体|[\u4e00-\u9fff\u30a0-\u30ff]{0,8}(?:者|会員|お客様|ユーザー?|会社|顧客|当組合|当行|当法人)/g

/** The party words of a text with their roles, in order. */
export function partiesOf(text: string): Array<{word: string; role: Role; at: number; after: string}> {
  const view = compact(text)
  const out: Array<{word: string; role: Role; at: number; after: string}> = []
  for (const m of view.matchAll(partyWord)) {
    const role = roleOf(m[0])
    if (role) out.push({word: m[0], role, at: m.index, after: view.slice(m.index + m[0].length, m.index + m[0].length + 4)})
  }
  return out
}

/** The party a sentence is about: the first marked with は (or において, にあっては), else the first with が. */
export function actorOf(text: string): {word: string; role: Role} | undefined {
  const parties = partiesOf(text)
  const found = parties.find((p) => /^(?:は|において|にあっては)/.test(p.after)) ?? parties.find((p) => /^が/.test(p.after))
  return found && {word: found.word, role: found.role}
}
