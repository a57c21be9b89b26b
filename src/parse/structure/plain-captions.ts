// A caption written after the article number with only a space, its text on the next line —
// `第一条　目的` / `第1条 目的` — as plain-text terms often set it. On the head line it reads like
// the article's first words (statutes write 第一条　この法律は、…). What follows tells: a few
// words that make no sentence (no particle は・が・を・に・で, no punctuation), then a line that
// starts text of its own rather than carrying a wrapped sentence on, is the caption.
import type {Shape} from '../classify/index.js'
import type {Line} from '../lines.js'
import {isDeletedBody} from './article.js'

const title = /^[^、。，．,.:：「」\s]{1,20}$/
// a particle that makes the words a sentence: 当社は / 料金を
const particle = /[はがをにで]/
// a line carrying a wrapped sentence on: it opens with punctuation, with kana that ends a word
// (ものとします。) rather than with one that opens a sentence (この約款は, なお, ただし), or with a
// conjunction or a bracket that joins it to the words above (及び支払方法は / （…を除く。）は)
const carriesOn = /^(?:[、。，．）)（(ー]|及び|並びに|又は|若しくは|および|ならびに|または|もしくは|(?!この|その|これ|それ|なお|ただし|また|あらかじめ|いずれ|すべて|お客|ご|いかなる)[ぁ-ゖ])/

/** Turns the words after a bare article number into its caption where they are one. */
export function markPlainCaptions(lines: Line[], shapes: Shape[]): void {
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]
    if (shape.kind !== 'article' || shape.caption || !shape.body) continue
    const words = lines[i].text.slice(shape.body.start, shape.body.end)
    // a title does not end on の, which binds it to what the next line goes on with
    if (!title.test(words) || particle.test(words) || /の$/.test(words) || isDeletedBody(words)) continue
    let next = i + 1
    while (next < shapes.length && (shapes[next].kind === 'blank' || shapes[next].kind === 'furniture')) next++
    const following = shapes[next]
    if (following === undefined || (following.kind !== 'body' && following.kind !== 'numbered')) continue
    if (following.kind === 'body' && carriesOn.test(lines[next].text.slice(following.contentStart))) continue
    shapes[i] = {...shape, caption: shape.body, body: undefined}
  }
}
