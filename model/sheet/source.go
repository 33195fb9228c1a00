package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"huiqi/model/msg"
)

// xlsxSource reads the rows of one worksheet as stored: number and date
// cells as their stored numbers (so an ID number typed as a number is seen
// as Excel kept it, and a date cell as its serial), text as text. The rows
// come from the fast scanner of xlsxfast.go, or, for a worksheet it does not
// expect, from excelize's row iterator.
type xlsxSource struct {
	f        *excelize.File
	date1904 bool

	nums []int      // fast path: every row, read at once
	vals [][]string //
	i    int        //
	rows *excelize.Rows
	row  int
}

// Bounds of an .xlsx file, checked from its zip directory before anything
// is uncompressed (README, "Limits"): a 4 MB "zip bomb" must not become
// 11 GB of memory. archive/zip refuses a part that uncompresses to more
// than its directory says, so the declared sizes are binding.
const (
	MaxXLSXBytes = 200 << 20 // all parts together, uncompressed
	maxXLSXParts = 10_000
)

// xlsxOptions keep worksheets in memory rather than in temporary files
// (which a crash would leave behind, holding ID numbers); the bounds above
// keep that memory small.
var xlsxOptions = excelize.Options{RawCellValue: true, UnzipSizeLimit: MaxXLSXBytes, UnzipXMLSizeLimit: MaxXLSXBytes}

// checkXLSXSize refuses a workbook whose parts uncompress to more than
// MaxXLSXBytes, or that has absurdly many parts.
func checkXLSXSize(data []byte) *RowError {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil // excelize says what is wrong with it
	}
	if len(z.File) > maxXLSXParts {
		return &RowError{Err: msg.Errorf("这个 .xlsx 文件有 %d 个部件，超出上限 %d：它不像是一张普通的表格",
			"this .xlsx file has %d parts, more than %d: it is not an ordinary spreadsheet", len(z.File), maxXLSXParts)}
	}
	var total uint64
	for _, f := range z.File {
		total += f.UncompressedSize64
		if total > MaxXLSXBytes {
			return &RowError{Err: msg.Errorf("这个 .xlsx 文件解压后超过 %d MB（可能含有很大的图片或被刻意构造）：请只保留数据后另存为 .xlsx 或 .csv 再导入",
				"this .xlsx file uncompresses to more than %d MB (it may hold large pictures, or be built to exhaust memory): keep only the data, save it as .xlsx or .csv and retry", MaxXLSXBytes>>20)}
		}
	}
	return nil
}

func openXLSX(data []byte, t tabler) (*xlsxSource, *RowError) {
	if err := checkXLSXSize(data); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), xlsxOptions)
	if err != nil {
		return nil, &RowError{Err: msg.Errorf("无法读取这个 .xlsx 文件（%v）：文件可能已损坏、加了密码，或其实是 .xls 格式；请在表格软件中另存为 .xlsx 后再导入",
			"cannot read this .xlsx file (%v): it may be damaged, password-protected or really an .xls; save it as .xlsx again and retry", err)}
	}
	sheet := pickSheet(f.GetSheetList(), t)
	if sheet == "" {
		f.Close()
		return nil, &RowError{Err: msg.Errorf("文件中没有工作表", "the workbook has no worksheet")}
	}
	x := &xlsxSource{f: f}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		x.date1904 = *props.Date1904
	}
	if x.nums, x.vals, err = fastRows(f, sheet); err == nil {
		return x, nil
	}
	if x.rows, err = f.Rows(sheet); err != nil {
		f.Close()
		return nil, &RowError{Err: msg.Errorf("无法读取工作表“%s”：%v", "cannot read the worksheet %q: %v", sheet, err)}
	}
	return x, nil
}

// pickSheet prefers a worksheet named after the table (人员 or people), as
// Write and Template name theirs, and otherwise takes the first.
func pickSheet(sheets []string, t tabler) string {
	for _, s := range sheets {
		if n := strings.TrimSpace(s); n == t.zh() || strings.EqualFold(n, t.code()) {
			return s
		}
	}
	if len(sheets) == 0 {
		return ""
	}
	return sheets[0]
}

func (x *xlsxSource) next() (int, []string, *RowError, bool) {
	if x.rows == nil {
		if x.i >= len(x.nums) {
			return 0, nil, nil, false
		}
		x.i++
		return x.nums[x.i-1], x.vals[x.i-1], nil, true
	}
	if !x.rows.Next() {
		if err := x.rows.Error(); err != nil {
			return 0, nil, &RowError{Row: x.row + 1, Err: msg.Errorf("无法读取这一行：%v", "cannot read this row: %v", err)}, false
		}
		return 0, nil, nil, false
	}
	x.row++
	vals, err := x.rows.Columns(xlsxOptions)
	if err != nil {
		return 0, nil, &RowError{Row: x.row, Err: msg.Errorf("无法读取这一行：%v", "cannot read this row: %v", err)}, false
	}
	return x.row, vals, nil, true
}

func (x *xlsxSource) close() {
	if x.rows != nil {
		x.rows.Close()
	}
	x.f.Close()
}

// csvSource reads comma- (or tab-) separated text. Rows are numbered as a
// spreadsheet shows them: a blank line is a row, and a quoted value that
// spans lines is still one row.
type csvSource struct {
	r       *csv.Reader
	row     int // the row of the last record
	endLine int // the line the last record ended on
}

// openCSV decodes the text (UTF-8 with or without BOM, UTF-16 with BOM, or
// else GB18030, a superset of GBK, which is what Excel on Chinese Windows
// writes) and picks the separator from the first line.
func openCSV(data []byte) (*csvSource, *RowError) {
	text, err := decodeText(data)
	if err != nil {
		return nil, &RowError{Err: err}
	}
	first := strings.TrimLeft(text, "\r\n")
	first, _, _ = strings.Cut(first, "\n")
	r := csv.NewReader(strings.NewReader(text))
	if strings.Contains(first, "\t") && !strings.Contains(first, ",") {
		r.Comma = '\t'
	}
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	return &csvSource{r: r}, nil
}

func decodeText(data []byte) (string, *msg.Error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
		if !utf8.Valid(data) {
			return "", msg.Errorf("文件以 UTF-8 标记开头，但内容不是有效的 UTF-8", "the file starts with a UTF-8 mark but is not valid UTF-8")
		}
		return string(data), nil
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		out, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", msg.Errorf("无法按 UTF-16 读取文件：%v", "cannot read the file as UTF-16: %v", err)
		}
		return string(out), nil
	case utf8.Valid(data):
		return string(data), nil
	}
	if line, broken := brokenUTF8(data); broken {
		return "", msg.Errorf("文件是 UTF-8 编码，但第 %d 行有无效字节；请检查后另存为“CSV UTF-8”", "the file is UTF-8 but line %d holds invalid bytes; check it and save it as CSV UTF-8 again", line)
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", msg.Errorf("无法识别文件的编码：请另存为“CSV UTF-8”或 .xlsx 后再导入", "the file's encoding is not UTF-8, GBK or GB18030: save it as CSV UTF-8 or .xlsx and retry")
	}
	return string(out), nil
}

func (c *csvSource) next() (int, []string, *RowError, bool) {
	rec, err := c.r.Read()
	if errors.Is(err, io.EOF) {
		return 0, nil, nil, false
	}
	if err != nil {
		line := c.row + 1
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			line = c.row + 1 + pe.StartLine - c.endLine - 1
		}
		return 0, nil, &RowError{Row: line, Err: msg.Errorf("CSV 格式错误：%v", "malformed CSV: %v", err)}, false
	}
	start, _ := c.r.FieldPos(0)
	last, _ := c.r.FieldPos(len(rec) - 1)
	c.row += start - c.endLine
	c.endLine = last + strings.Count(rec[len(rec)-1], "\n")
	return c.row, rec, nil, true
}

// brokenUTF8 reports text that is mostly valid UTF-8 with a few stray
// bytes, which GB18030 would otherwise "decode" into nonsense characters
// without an error: GBK text almost never forms valid multi-byte UTF-8
// sequences, so more valid ones than invalid bytes means damaged UTF-8.
// It returns the 1-based line of the first invalid byte.
func brokenUTF8(data []byte) (int, bool) {
	valid, invalid, first := 0, 0, -1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			invalid++
			if first < 0 {
				first = i
			}
		case n > 1:
			valid++
		}
		i += max(n, 1)
	}
	if first < 0 || valid <= invalid {
		return 0, false
	}
	return bytes.Count(data[:first], []byte{'\n'}) + 1, true
}
