// Command ttc2ttf extracts one face of a TrueType Collection (.ttc) into a
// standalone TrueType/OpenType font file (.ttf).
//
// Usage:
//
//	go run ./assets/ttc2ttf -face 0 -o out.ttf in.ttc
//
// The output is a fresh sfnt file: a new offset table (with searchRange,
// entrySelector and rangeShift computed for the table count), the face's
// table records sorted by tag, every table copied and padded to a 4-byte
// boundary, every table checksum recomputed, and the 'head' table's
// checkSumAdjustment set to 0xB1B0AFBA minus the checksum of the whole file.
// The result depends only on the input bytes, so it is reproducible.
package main

import (
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
)

const (
	offsetTableSize  = 12
	tableRecordSize  = 16
	headAdjustOffset = 8 // offset of checkSumAdjustment inside 'head'
	checksumMagic    = 0xB1B0AFBA
)

type tableRecord struct {
	tag    [4]byte
	offset uint32 // in the source file
	length uint32
}

// Extract returns face number face of the TrueType Collection ttc as a
// standalone sfnt font file.
func Extract(ttc []byte, face int) ([]byte, error) {
	if len(ttc) < 12 {
		return nil, errors.New("file too short for a TTC header")
	}
	if string(ttc[0:4]) != "ttcf" {
		return nil, fmt.Errorf("not a TrueType Collection: tag %q, want \"ttcf\"", ttc[0:4])
	}
	numFonts := binary.BigEndian.Uint32(ttc[8:12])
	if face < 0 || uint64(face) >= uint64(numFonts) {
		return nil, fmt.Errorf("face %d out of range: collection has %d faces", face, numFonts)
	}
	if 12+4*uint64(numFonts) > uint64(len(ttc)) {
		return nil, errors.New("truncated TTC offset table")
	}
	faceOff := uint64(binary.BigEndian.Uint32(ttc[12+4*face:]))
	if faceOff+offsetTableSize > uint64(len(ttc)) {
		return nil, fmt.Errorf("face %d: offset table out of bounds", face)
	}
	sfntVersion := binary.BigEndian.Uint32(ttc[faceOff:])
	numTables := int(binary.BigEndian.Uint16(ttc[faceOff+4:]))
	if numTables == 0 {
		return nil, fmt.Errorf("face %d has no tables", face)
	}
	dirEnd := faceOff + offsetTableSize + uint64(numTables)*tableRecordSize
	if dirEnd > uint64(len(ttc)) {
		return nil, fmt.Errorf("face %d: table directory out of bounds", face)
	}

	tables := make([]tableRecord, numTables)
	seen := make(map[[4]byte]bool, numTables)
	for i := range tables {
		rec := ttc[faceOff+offsetTableSize+uint64(i)*tableRecordSize:]
		var t tableRecord
		copy(t.tag[:], rec[0:4])
		t.offset = binary.BigEndian.Uint32(rec[8:12])
		t.length = binary.BigEndian.Uint32(rec[12:16])
		if uint64(t.offset)+uint64(t.length) > uint64(len(ttc)) {
			return nil, fmt.Errorf("table %q out of bounds", t.tag)
		}
		if seen[t.tag] {
			return nil, fmt.Errorf("duplicate table %q", t.tag)
		}
		seen[t.tag] = true
		tables[i] = t
	}
	// Table records must be sorted by tag (ascending, as big-endian uint32).
	sort.Slice(tables, func(i, j int) bool {
		return binary.BigEndian.Uint32(tables[i].tag[:]) < binary.BigEndian.Uint32(tables[j].tag[:])
	})

	// Lay out: offset table, table records, then each table 4-byte aligned.
	size := uint64(offsetTableSize + numTables*tableRecordSize)
	newOffsets := make([]uint32, numTables)
	for i, t := range tables {
		newOffsets[i] = uint32(size)
		size += pad4(uint64(t.length))
	}
	if size > 0xFFFFFFFF {
		return nil, errors.New("output font larger than 4 GiB")
	}
	out := make([]byte, size)

	sr, es, rs := searchParams(numTables)
	binary.BigEndian.PutUint32(out[0:], sfntVersion)
	binary.BigEndian.PutUint16(out[4:], uint16(numTables))
	binary.BigEndian.PutUint16(out[6:], sr)
	binary.BigEndian.PutUint16(out[8:], es)
	binary.BigEndian.PutUint16(out[10:], rs)

	headOff := -1
	for i, t := range tables {
		data := out[newOffsets[i] : uint64(newOffsets[i])+uint64(t.length)]
		copy(data, ttc[t.offset:t.offset+t.length])
		if string(t.tag[:]) == "head" {
			if t.length < headAdjustOffset+4 {
				return nil, errors.New("'head' table too short")
			}
			binary.BigEndian.PutUint32(data[headAdjustOffset:], 0)
			headOff = int(newOffsets[i])
		}
		rec := out[offsetTableSize+i*tableRecordSize:]
		copy(rec[0:4], t.tag[:])
		binary.BigEndian.PutUint32(rec[4:], Checksum(out[newOffsets[i]:uint64(newOffsets[i])+pad4(uint64(t.length))]))
		binary.BigEndian.PutUint32(rec[8:], newOffsets[i])
		binary.BigEndian.PutUint32(rec[12:], t.length)
	}
	if headOff >= 0 {
		adj := uint32(checksumMagic) - Checksum(out)
		binary.BigEndian.PutUint32(out[headOff+headAdjustOffset:], adj)
	}
	return out, nil
}

// Checksum is the sfnt checksum: the sum, modulo 2^32, of the data read as
// big-endian uint32 values, with a short final word padded with zeros.
func Checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var last [4]byte
		copy(last[:], b)
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}

// searchParams returns searchRange, entrySelector and rangeShift for n tables.
func searchParams(n int) (searchRange, entrySelector, rangeShift uint16) {
	p := 1
	for p*2 <= n {
		p *= 2
		entrySelector++
	}
	searchRange = uint16(p * tableRecordSize)
	rangeShift = uint16(n*tableRecordSize) - searchRange
	return
}

func pad4(n uint64) uint64 { return (n + 3) &^ 3 }

func main() {
	face := flag.Int("face", 0, "index of the face to extract (0-based)")
	out := flag.String("o", "", "output .ttf file (required)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: ttc2ttf [-face N] -o out.ttf in.ttc\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	in, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "ttc2ttf:", err)
		os.Exit(1)
	}
	ttf, err := Extract(in, *face)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ttc2ttf:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, ttf, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "ttc2ttf:", err)
		os.Exit(1)
	}
}
