// 第八条を次のように改める。 — then the clause as it now reads.
export const rewriteSentence = (place: string) => `${place}を次のように改める。`
