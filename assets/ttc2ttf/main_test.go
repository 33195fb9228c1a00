package main

import (
	"bytes"
	"encoding/binary"
	"testing"
)

type srcTable struct {
	tag  string
	data []byte
}

// buildTTC lays out a TrueType Collection whose faces reference the given
// tables. Tables with the same tag and identical data (compared by pointer
// of the first byte) are stored once and shared between faces.
func buildTTC(t *testing.T, faces [][]srcTable) []byte {
	t.Helper()
	be := binary.BigEndian
	var buf bytes.Buffer
	buf.WriteString("ttcf")
	binary.Write(&buf, be, uint32(0x00010000))
	binary.Write(&buf, be, uint32(len(faces)))
	headerLen := 12 + 4*len(faces)
	dirLen := 0
	for _, f := range faces {
		dirLen += 12 + 16*len(f)
	}
	// Assign table data offsets (deduplicated).
	offsets := map[*byte]uint32{}
	var data []byte
	pos := headerLen + dirLen
	for _, f := range faces {
		for _, tb := range f {
			key := &tb.data[0]
			if _, ok := offsets[key]; ok {
				continue
			}
			offsets[key] = uint32(pos + len(data))
			data = append(data, tb.data...)
			for len(data)%4 != 0 {
				data = append(data, 0)
			}
		}
	}
	faceOff := headerLen
	for _, f := range faces {
		binary.Write(&buf, be, uint32(faceOff))
		faceOff += 12 + 16*len(f)
	}
	for _, f := range faces {
		binary.Write(&buf, be, uint32(0x00010000))
		binary.Write(&buf, be, uint16(len(f)))
		binary.Write(&buf, be, [3]uint16{0xAAAA, 0xBBBB, 0xCCCC}) // deliberately wrong
		for _, tb := range f {
			buf.WriteString(tb.tag)
			binary.Write(&buf, be, uint32(0x12345678)) // deliberately wrong checksum
			binary.Write(&buf, be, offsets[&tb.data[0]])
			binary.Write(&buf, be, uint32(len(tb.data)))
		}
	}
	buf.Write(data)
	if buf.Len() != headerLen+dirLen+len(data) {
		t.Fatalf("layout error")
	}
	return buf.Bytes()
}

func headTable(seed byte) []byte {
	h := make([]byte, 54)
	for i := range h {
		h[i] = seed + byte(i)
	}
	binary.BigEndian.PutUint32(h[8:], 0xDEADBEEF)  // stale checkSumAdjustment
	binary.BigEndian.PutUint32(h[12:], 0x5F0F3CF5) // magicNumber
	return h
}

func TestChecksum(t *testing.T) {
	got := Checksum([]byte{0, 0, 0, 1, 0, 0, 0, 2, 3})
	if want := uint32(1 + 2 + 0x03000000); got != want {
		t.Fatalf("Checksum = %#x, want %#x", got, want)
	}
	if got := Checksum([]byte{0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 2}); got != 1 {
		t.Fatalf("Checksum should wrap modulo 2^32, got %#x", got)
	}
}

func TestSearchParams(t *testing.T) {
	for _, c := range []struct{ n, sr, es, rs int }{
		{1, 16, 0, 0}, {2, 32, 1, 0}, {3, 32, 1, 16}, {5, 64, 2, 16}, {16, 256, 4, 0}, {17, 256, 4, 16}, {21, 256, 4, 80},
	} {
		sr, es, rs := searchParams(c.n)
		if int(sr) != c.sr || int(es) != c.es || int(rs) != c.rs {
			t.Errorf("searchParams(%d) = %d,%d,%d want %d,%d,%d", c.n, sr, es, rs, c.sr, c.es, c.rs)
		}
	}
}

func TestExtract(t *testing.T) {
	shared := []byte("GLYF-shared") // 11 bytes: needs padding
	face0 := []srcTable{
		{"name", []byte("face zero")},
		{"head", headTable(1)},
		{"glyf", shared},
	}
	face1 := []srcTable{ // records deliberately out of tag order
		{"maxp", []byte{0, 1, 0, 0, 0, 7}},
		{"head", headTable(100)},
		{"glyf", shared},
		{"loca", []byte{0, 0, 0, 4, 0, 11}},
		{"cmap", []byte("cmap!")},
	}
	ttc := buildTTC(t, [][]srcTable{face0, face1})

	for faceIdx, face := range [][]srcTable{face0, face1} {
		out, err := Extract(ttc, faceIdx)
		if err != nil {
			t.Fatalf("face %d: %v", faceIdx, err)
		}
		checkFont(t, faceIdx, out, face)
	}

	if _, err := Extract(ttc, 2); err == nil {
		t.Error("face 2 of a 2-face collection should fail")
	}
	if _, err := Extract(ttc, -1); err == nil {
		t.Error("face -1 should fail")
	}
	bad := append([]byte(nil), ttc...)
	copy(bad, "true")
	if _, err := Extract(bad, 0); err == nil {
		t.Error("a non-ttcf file should fail")
	}
}

func checkFont(t *testing.T, faceIdx int, out []byte, want []srcTable) {
	t.Helper()
	be := binary.BigEndian
	if v := be.Uint32(out); v != 0x00010000 {
		t.Errorf("face %d: sfntVersion %#x", faceIdx, v)
	}
	n := int(be.Uint16(out[4:]))
	if n != len(want) {
		t.Fatalf("face %d: numTables %d, want %d", faceIdx, n, len(want))
	}
	// Expected directory parameters, computed independently.
	pow, log := 1, 0
	for pow*2 <= n {
		pow *= 2
		log++
	}
	if sr, es, rs := be.Uint16(out[6:]), be.Uint16(out[8:]), be.Uint16(out[10:]); int(sr) != 16*pow || int(es) != log || int(rs) != 16*n-16*pow {
		t.Errorf("face %d: searchRange/entrySelector/rangeShift = %d/%d/%d", faceIdx, sr, es, rs)
	}
	byTag := map[string][]byte{}
	for _, tb := range want {
		byTag[tb.tag] = tb.data
	}
	prevTag := ""
	end := 12 + 16*n
	headOff := -1
	for i := 0; i < n; i++ {
		rec := out[12+16*i:]
		tag := string(rec[0:4])
		sum, off, length := be.Uint32(rec[4:]), int(be.Uint32(rec[8:])), int(be.Uint32(rec[12:]))
		if tag <= prevTag {
			t.Errorf("face %d: table records not sorted: %q after %q", faceIdx, tag, prevTag)
		}
		prevTag = tag
		orig, ok := byTag[tag]
		if !ok {
			t.Errorf("face %d: unexpected table %q", faceIdx, tag)
			continue
		}
		if off%4 != 0 {
			t.Errorf("face %d: table %q at unaligned offset %d", faceIdx, tag, off)
		}
		if off < end {
			t.Errorf("face %d: table %q at %d overlaps previous data ending at %d", faceIdx, tag, off, end)
		}
		padded := (length + 3) &^ 3
		if length != len(orig) || off+padded > len(out) {
			t.Fatalf("face %d: table %q length %d (orig %d) offset %d file %d", faceIdx, tag, length, len(orig), off, len(out))
		}
		end = off + padded
		got := out[off : off+length]
		for _, b := range out[off+length : off+padded] {
			if b != 0 {
				t.Errorf("face %d: table %q: non-zero padding", faceIdx, tag)
			}
		}
		if tag == "head" {
			headOff = off
			if !bytes.Equal(got[:8], orig[:8]) || !bytes.Equal(got[12:], orig[12:]) {
				t.Errorf("face %d: head table content changed beyond checkSumAdjustment", faceIdx)
			}
			zeroed := append([]byte(nil), out[off:off+padded]...)
			be.PutUint32(zeroed[8:], 0)
			if s := plainSum(zeroed); s != sum {
				t.Errorf("face %d: head checksum %#x, want %#x (computed with adjustment zeroed)", faceIdx, sum, s)
			}
		} else {
			if !bytes.Equal(got, orig) {
				t.Errorf("face %d: table %q content differs", faceIdx, tag)
			}
			if s := plainSum(out[off : off+padded]); s != sum {
				t.Errorf("face %d: table %q checksum %#x, want %#x", faceIdx, tag, sum, s)
			}
		}
	}
	if end != len(out) {
		t.Errorf("face %d: file length %d, tables end at %d", faceIdx, len(out), end)
	}
	if headOff < 0 {
		t.Fatalf("face %d: no head table", faceIdx)
	}
	adj := be.Uint32(out[headOff+8:])
	zeroed := append([]byte(nil), out...)
	be.PutUint32(zeroed[headOff+8:], 0)
	if wantAdj := 0xB1B0AFBA - plainSum(zeroed); adj != wantAdj {
		t.Errorf("face %d: checkSumAdjustment %#x, want %#x", faceIdx, adj, wantAdj)
	}
	if s := plainSum(out); s != 0xB1B0AFBA {
		t.Errorf("face %d: whole-file checksum %#x, want 0xB1B0AFBA", faceIdx, s)
	}
}

// plainSum is an independent implementation of the sfnt checksum for data
// whose length is a multiple of 4.
func plainSum(b []byte) uint32 {
	var s uint64
	for i := 0; i+4 <= len(b); i += 4 {
		s += uint64(b[i])<<24 | uint64(b[i+1])<<16 | uint64(b[i+2])<<8 | uint64(b[i+3])
	}
	return uint32(s)
}
