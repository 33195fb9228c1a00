// Command icongen draws the Huiqi (惠企申报助手) application icon,
// assets/icon.png: a 512×512 RGBA PNG with a rounded-square Chinese-red
// background (lighter towards the top), a golden seal ring and the character
// 惠 drawn with the embedded WenQuanYi Micro Hei font.
//
// The output depends only on the font file, so it is reproducible. It lives in
// its own module (see go.mod here) so that the main module does not need
// golang.org/x/image as a direct requirement. From the repository root:
//
//	go run ./assets/icongen -font assets/fonts/wqy-microhei.ttf -o assets/icon.png
//
// With -preview DIR it also writes downscaled copies (256, 64, 32, 16 px)
// for inspection.
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"os"
	"path/filepath"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

const (
	size = 512

	margin = 8.0   // transparent border around the rounded square
	corner = 104.0 // corner radius of the rounded square

	ringRadius = 196.0 // centre line of the seal ring
	ringWidth  = 26.0

	glyph     = '惠'
	glyphEm   = 300.0 // font size in pixels
	glyphBold = 4     // fake-bold dilation radius in pixels
	glyphBox  = 240.0 // the glyph's ink is scaled so its larger side fits this
)

var (
	redTop    = rgb(0xE0, 0x3A, 0x4C) // lighter red at the top
	redMid    = rgb(0xC8, 0x10, 0x2E) // #C8102E
	redBottom = rgb(0xB0, 0x0C, 0x26)
	gold      = rgb(0xF2, 0xC1, 0x4E) // #F2C14E
	ivory     = rgb(0xFF, 0xF7, 0xE6)
)

type fcolor struct{ r, g, b float64 }

func rgb(r, g, b uint8) fcolor { return fcolor{float64(r), float64(g), float64(b)} }

func lerp(a, b fcolor, t float64) fcolor {
	return fcolor{a.r + (b.r-a.r)*t, a.g + (b.g-a.g)*t, a.b + (b.b-a.b)*t}
}

func main() {
	fontPath := flag.String("font", "assets/fonts/wqy-microhei.ttf", "TrueType font to draw the character with")
	out := flag.String("o", "assets/icon.png", "output PNG")
	preview := flag.String("preview", "", "if set, directory for downscaled previews")
	flag.Parse()

	img, err := drawIcon(*fontPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "icongen:", err)
		os.Exit(1)
	}
	if err := writePNG(*out, img); err != nil {
		fmt.Fprintln(os.Stderr, "icongen:", err)
		os.Exit(1)
	}
	if *preview != "" {
		for _, s := range []int{256, 64, 32, 16} {
			small := downscale(img, s)
			if err := writePNG(filepath.Join(*preview, fmt.Sprintf("icon-%d.png", s)), small); err != nil {
				fmt.Fprintln(os.Stderr, "icongen:", err)
				os.Exit(1)
			}
			// Nearest-neighbour enlargement to 256 px to look at the pixels.
			if s < 256 {
				if err := writePNG(filepath.Join(*preview, fmt.Sprintf("icon-%d-zoom.png", s)), enlarge(small, 256/s)); err != nil {
					fmt.Fprintln(os.Stderr, "icongen:", err)
					os.Exit(1)
				}
			}
		}
	}
}

func drawIcon(fontPath string) (*image.NRGBA, error) {
	ttf, err := os.ReadFile(fontPath)
	if err != nil {
		return nil, err
	}
	mask, err := glyphMask(ttf)
	if err != nil {
		return nil, err
	}

	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	c := size / 2.0
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			px, py := float64(x)+0.5, float64(y)+0.5

			// Background: rounded square with a vertical gradient.
			bgA := coverage(roundedRectDist(px, py))
			if bgA == 0 {
				continue
			}
			t := (py - margin) / (size - 2*margin)
			var col fcolor
			if t < 0.55 {
				col = lerp(redTop, redMid, smooth(t/0.55))
			} else {
				col = lerp(redMid, redBottom, smooth((t-0.55)/0.45))
			}

			// Golden seal ring.
			d := math.Hypot(px-c, py-c)
			ringA := coverage(math.Abs(d-ringRadius) - ringWidth/2)
			col = lerp(col, gold, ringA)

			// The character.
			if a := float64(mask.AlphaAt(x, y).A) / 255; a > 0 {
				col = lerp(col, ivory, a)
			}

			img.SetNRGBA(x, y, color.NRGBA{
				R: clamp8(col.r), G: clamp8(col.g), B: clamp8(col.b), A: clamp8(bgA * 255),
			})
		}
	}
	return img, nil
}

// glyphMask renders the character, fake-bolds it, and returns a size×size
// alpha mask with the glyph's ink box centred in the icon.
func glyphMask(ttf []byte) (*image.Alpha, error) {
	f, err := opentype.Parse(ttf)
	if err != nil {
		return nil, err
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: glyphEm, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, err
	}
	defer face.Close()

	if idx, err := f.GlyphIndex(nil, glyph); err != nil || idx == 0 {
		return nil, fmt.Errorf("font has no glyph for %q", glyph)
	}

	// Draw the glyph on a generous canvas, then find its ink bounds.
	const canvas = 2 * size
	raw := image.NewAlpha(image.Rect(0, 0, canvas, canvas))
	d := &font.Drawer{Dst: raw, Src: image.Opaque, Face: face, Dot: fixed.P(canvas/4, canvas*3/4)}
	d.DrawString(string(glyph))
	bold := dilate(raw, glyphBold)
	ink := inkBounds(bold)
	if ink.Empty() {
		return nil, fmt.Errorf("glyph %q rendered empty", glyph)
	}

	// Scale the ink box so that its larger side is glyphBox, centred.
	scale := glyphBox / math.Max(float64(ink.Dx()), float64(ink.Dy()))
	cx, cy := float64(ink.Min.X+ink.Max.X)/2, float64(ink.Min.Y+ink.Max.Y)/2
	out := image.NewAlpha(image.Rect(0, 0, size, size))
	// Resample with 4×4 supersampling and bilinear lookup.
	const ss = 4
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var sum float64
			for j := 0; j < ss; j++ {
				for i := 0; i < ss; i++ {
					ux := (float64(x)+(float64(i)+0.5)/ss-size/2)/scale + cx
					uy := (float64(y)+(float64(j)+0.5)/ss-size/2)/scale + cy
					sum += bilinear(bold, ux-0.5, uy-0.5)
				}
			}
			out.SetAlpha(x, y, color.Alpha{A: clamp8(sum / (ss * ss))})
		}
	}
	return out, nil
}

// dilate grows the mask by r pixels (max filter over a disc), a simple fake
// bold that keeps anti-aliased edges.
func dilate(m *image.Alpha, r int) *image.Alpha {
	if r <= 0 {
		return m
	}
	b := m.Bounds()
	out := image.NewAlpha(b)
	type off struct{ dx, dy int }
	var disc []off
	for dy := -r; dy <= r; dy++ {
		for dx := -r; dx <= r; dx++ {
			if dx*dx+dy*dy <= r*r {
				disc = append(disc, off{dx, dy})
			}
		}
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			var mx uint8
			for _, o := range disc {
				xx, yy := x+o.dx, y+o.dy
				if xx < b.Min.X || yy < b.Min.Y || xx >= b.Max.X || yy >= b.Max.Y {
					continue
				}
				if a := m.Pix[(yy-b.Min.Y)*m.Stride+(xx-b.Min.X)]; a > mx {
					mx = a
					if mx == 255 {
						break
					}
				}
			}
			out.Pix[(y-b.Min.Y)*out.Stride+(x-b.Min.X)] = mx
		}
	}
	return out
}

func inkBounds(m *image.Alpha) image.Rectangle {
	b := m.Bounds()
	r := image.Rectangle{}
	first := true
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if m.AlphaAt(x, y).A > 0 {
				p := image.Rect(x, y, x+1, y+1)
				if first {
					r, first = p, false
				} else {
					r = r.Union(p)
				}
			}
		}
	}
	return r
}

func bilinear(m *image.Alpha, x, y float64) float64 {
	x0, y0 := math.Floor(x), math.Floor(y)
	fx, fy := x-x0, y-y0
	at := func(x, y int) float64 { return float64(m.AlphaAt(x, y).A) }
	ix, iy := int(x0), int(y0)
	top := at(ix, iy)*(1-fx) + at(ix+1, iy)*fx
	bot := at(ix, iy+1)*(1-fx) + at(ix+1, iy+1)*fx
	return top*(1-fy) + bot*fy
}

// roundedRectDist is the signed distance from (x, y) to the rounded square
// (negative inside).
func roundedRectDist(x, y float64) float64 {
	half := size/2.0 - margin
	qx := math.Abs(x-size/2.0) - (half - corner)
	qy := math.Abs(y-size/2.0) - (half - corner)
	outside := math.Hypot(math.Max(qx, 0), math.Max(qy, 0))
	inside := math.Min(math.Max(qx, qy), 0)
	return outside + inside - corner
}

// coverage turns a signed distance (pixels, negative inside) into an
// anti-aliased coverage in [0, 1].
func coverage(d float64) float64 {
	return math.Max(0, math.Min(1, 0.5-d))
}

func smooth(t float64) float64 {
	t = math.Max(0, math.Min(1, t))
	return t * t * (3 - 2*t)
}

func clamp8(v float64) uint8 {
	return uint8(math.Max(0, math.Min(255, math.Round(v))))
}

// downscale box-filters img to s×s with premultiplied alpha.
func downscale(img *image.NRGBA, s int) *image.NRGBA {
	out := image.NewNRGBA(image.Rect(0, 0, s, s))
	f := size / s
	for y := 0; y < s; y++ {
		for x := 0; x < s; x++ {
			var r, g, b, a float64
			for j := 0; j < f; j++ {
				for i := 0; i < f; i++ {
					p := img.NRGBAAt(x*f+i, y*f+j)
					pa := float64(p.A) / 255
					r += float64(p.R) * pa
					g += float64(p.G) * pa
					b += float64(p.B) * pa
					a += pa
				}
			}
			if a > 0 {
				out.SetNRGBA(x, y, color.NRGBA{clamp8(r / a), clamp8(g / a), clamp8(b / a), clamp8(a / float64(f*f) * 255)})
			}
		}
	}
	return out
}

func enlarge(img *image.NRGBA, k int) *image.NRGBA {
	b := img.Bounds()
	out := image.NewNRGBA(image.Rect(0, 0, b.Dx()*k, b.Dy()*k))
	draw.Draw(out, out.Bounds(), image.NewUniform(color.NRGBA{0xEE, 0xEE, 0xEE, 0xFF}), image.Point{}, draw.Src)
	for y := 0; y < out.Bounds().Dy(); y++ {
		for x := 0; x < out.Bounds().Dx(); x++ {
			p := img.NRGBAAt(x/k, y/k)
			a := float64(p.A) / 255
			bg := 238.0
			out.SetNRGBA(x, y, color.NRGBA{
				clamp8(float64(p.R)*a + bg*(1-a)), clamp8(float64(p.G)*a + bg*(1-a)), clamp8(float64(p.B)*a + bg*(1-a)), 255,
			})
		}
	}
	return out
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
