// Package linebreak finds where Chinese and mixed Chinese–Latin text may
// break into lines and wraps it to a width, for the PDF packet and the
// app's screens alike. It knows nothing of fonts or widgets: the caller
// passes a function that measures a string (with the PDF's font in mm, or
// with Fyne in device-independent pixels), so both break the same text at
// the same places.
//
// The break opportunities are those of Unicode's line breaking algorithm
// (UAX #14, from github.com/go-text/typesetting, which Fyne also uses),
// tailored with the rules of Chinese typesetting that it lacks or that an
// office expects of a printed form:
//
//   - a line may break between any two Chinese characters;
//   - never before closing punctuation (。，、；：？！）」』》… and , . ; : ? ! ) ]),
//     nor after opening punctuation (（「『《“ and ( [), whichever width;
//   - curly quotes, which UAX #14 cannot tell open from close, open and
//     close as Chinese uses them;
//   - a number stays with its unit: "12 个月", "400 万元", "50%封顶" never
//     break between the number and the unit, nor inside a unit of several
//     characters (个月, 万元);
//   - a footnote mark (① ②) stays with what it marks;
//   - amounts, dates and codes stay whole ("¥1,234.56", "2026-12-01",
//     "ZL201610123456.6"), and so do Latin words, which break at spaces;
//   - a zero-width space (U+200B) marks a place where a line may break;
//     it is never printed.
package linebreak
