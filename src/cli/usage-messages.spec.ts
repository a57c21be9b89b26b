import {describe, expect, it} from 'vitest'
import {usageMessage} from './usage-messages.js'

describe('usageMessage', () => {
  it("says commander's errors in Japanese", () => {
    expect(usageMessage("error: unknown option '--bogus'", 'ja')).toBe("不明なオプション '--bogus'")
    expect(usageMessage("error: unknown command 'frobnicate'", 'ja')).toBe("不明なコマンド 'frobnicate'")
    expect(usageMessage("error: missing required argument 'file'", 'ja')).toBe("引数 'file' がありません")
    expect(usageMessage("error: option '-o, --output <file>' argument missing", 'ja')).toBe("オプション '-o, --output <file>' に値がありません")
    expect(usageMessage("error: required option '--reseller <file>' not specified", 'ja')).toBe("必須のオプション '--reseller <file>' がありません")
    expect(usageMessage("error: too many arguments for 'parse'. Expected 1 argument but got 2.", 'ja')).toBe('parse の引数が多すぎます。1 個のところ 2 個あります')
  })

  it('keeps a reason and a suggestion, each translated when it is commander’s', () => {
    expect(usageMessage("error: option '--format <format>' argument 'xml' is invalid. Allowed choices are outline, json, text.", 'ja')).toBe(
      "オプション '--format <format>' の値 'xml' は使えません。選べる値: outline, json, text"
    )
    expect(usageMessage("error: option '--max-size <size>' argument 'lots' is invalid. 正の数に単位を付けてください", 'ja')).toBe(
      "オプション '--max-size <size>' の値 'lots' は使えません。正の数に単位を付けてください"
    )
    expect(usageMessage("error: unknown option '--formt'\n(Did you mean --format?)", 'ja')).toBe("不明なオプション '--formt'。（--format ですか？）")
  })

  it('English drops the prefix only; a message of our own is left alone', () => {
    expect(usageMessage("error: unknown option '--bogus'", 'en')).toBe("unknown option '--bogus'")
    expect(usageMessage('標準入力（-）を指定できるのは 1 か所だけです', 'ja')).toBe('標準入力（-）を指定できるのは 1 か所だけです')
  })
})
