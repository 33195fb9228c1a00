package scenario

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/msg"
)

// reader is a strict pull parser for JSON (RFC 8259) that decodes straight
// into the model. It exists because the format's contract needs what
// encoding/json does not give: every error named by its JSON path
// (people[3].id_number), unknown and duplicate keys refused, integers told
// from decimals, and a 50,000-person roster read in a fraction of the time
// a generic decode takes.
//
// After a syntax error the reader stops: every method becomes a no-op, so
// decoding code never checks for errors between fields.
type reader struct {
	data []byte
	pos  int
	path []step // where the value being read sits, rendered only on error
	errs model.Errors
	bad  bool // a syntax error was reported; stop reading

	// watch is a byte offset to find: the path of the string holding it is
	// recorded in watched (used to name where invalid UTF-8 is).
	watch   int
	watched string

	// version is the scenario format's number (1 or 2), found by a first
	// pass over the top-level keys, since "format" may come last.
	version int

	depth int // objects and arrays open around the current value
}

// Bounds of a scenario document, checked while it is read so that no input
// can exhaust the stack or the memory (issue 11; README, "Limits").
const (
	// MaxDepth is how deeply objects and arrays may nest; the format
	// itself needs 5 levels.
	MaxDepth = 64
	// MaxRows is the most elements of any one array: people, R&D lines…
	MaxRows = 1_000_000
)

// formatVersion finds the top-level "format" value without reading the rest
// into the model: 1 for huiqi-scenario/1, else 2 (an absent or unknown
// format is reported when the document is read).
func (r *reader) formatVersion() int {
	scan := &reader{data: r.data, watch: -1}
	found := ""
	if scan.peek() == '{' {
		scan.object(func(key string) {
			if key == "format" && scan.peek() == '"' {
				found = scan.rawString()
				return
			}
			scan.skip()
		})
	}
	if found == Format1 {
		return 1
	}
	return 2
}

// step is one element of a JSON path: an object key or an array index.
type step struct {
	key   string
	index int // -1 for a key
}

func (r *reader) pathString() string {
	var b strings.Builder
	for _, s := range r.path {
		if s.index >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.key)
	}
	return b.String()
}

// fail reports a problem with the value at the current path.
func (r *reader) fail(m *msg.Error) { r.errs.Add(r.pathString(), m) }

// syntax reports malformed JSON at the current offset and stops reading.
func (r *reader) syntax(zh, en string) {
	if r.bad {
		return
	}
	line, col := position(r.data, r.pos)
	r.errs.Add(r.pathString(), &msg.Error{
		Zh: fmt.Sprintf("第 %d 行第 %d 列：JSON 语法错误：%s", line, col, zh),
		En: fmt.Sprintf("line %d, column %d: JSON syntax error: %s", line, col, en),
	})
	r.bad = true
}

func (r *reader) ws() {
	for r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ' ', '\t', '\n', '\r':
			r.pos++
		default:
			return
		}
	}
}

// peek returns the first byte of the next value, or 0 at the end.
func (r *reader) peek() byte {
	r.ws()
	if r.pos >= len(r.data) {
		return 0
	}
	return r.data[r.pos]
}

func (r *reader) eof() {
	if r.pos >= len(r.data) {
		r.syntax("文件在此处意外结束，可能被截断", "the file ends too early; it may be truncated")
	}
}

// expect consumes byte c or reports what was found instead.
func (r *reader) expect(c byte, zh, en string) bool {
	if r.bad {
		return false
	}
	if r.peek() == c {
		r.pos++
		return true
	}
	r.eof()
	r.syntax(zh, en)
	return false
}

// kindOf names the type of the next value for messages.
func kindOf(c byte) (zh, en string) {
	switch {
	case c == '"':
		return "字符串", "a string"
	case c == '{':
		return "对象", "an object"
	case c == '[':
		return "数组", "an array"
	case c == 't' || c == 'f':
		return "布尔值", "a boolean"
	case c == 'n':
		return "null", "null"
	case c == '-' || (c >= '0' && c <= '9'):
		return "数字", "a number"
	}
	return "无法识别的值", "an unrecognised value"
}

// wrong reports a value of the wrong type and skips it.
func (r *reader) wrong(wantZh, wantEn string) {
	zh, en := kindOf(r.peek())
	r.fail(&msg.Error{Zh: "应为" + wantZh + "，实际为" + zh, En: "must be " + wantEn + ", got " + en})
	r.skip()
}

// null consumes a null if one is next.
func (r *reader) null() bool {
	if r.bad || r.peek() != 'n' {
		return false
	}
	r.literal("null")
	return true
}

// required reports a null where a value is due; true means a value follows.
func (r *reader) required() bool {
	if r.null() {
		r.fail(msg.Errorf("不能为 null，必须填写", "must not be null: a value is required"))
		return false
	}
	return !r.bad
}

func (r *reader) literal(word string) {
	if strings.HasPrefix(string(r.data[r.pos:min(len(r.data), r.pos+len(word))]), word) {
		r.pos += len(word)
		return
	}
	r.eof()
	r.syntax("无法识别的值", "unrecognised value")
}

// skip consumes any value.
func (r *reader) skip() {
	switch c := r.peek(); {
	case r.bad:
	case c == '"':
		r.rawString()
	case c == '{':
		r.object(func(string) { r.skip() })
	case c == '[':
		r.array(func() { r.skip() })
	case c == 't':
		r.literal("true")
	case c == 'f':
		r.literal("false")
	case c == 'n':
		r.literal("null")
	default:
		r.number()
	}
}

// object reads an object, calling member for each key with the reader
// positioned at its value; member must consume the value. Duplicate keys
// are refused: which of two values was meant cannot be known.
func (r *reader) object(member func(key string)) {
	if !r.nest() || !r.expect('{', "此处应为 {", "expected {") {
		return
	}
	defer r.unnest()
	var buf [32]string // no allocation for objects of up to 32 keys
	seen := buf[:0]
	if r.peek() == '}' {
		r.pos++
		return
	}
	for !r.bad {
		if r.peek() != '"' {
			r.eof()
			r.syntax("此处应为用双引号括起的字段名", "expected a field name in double quotes")
			return
		}
		key := r.rawString()
		if !r.expect(':', "字段名后应为冒号", "expected : after the field name") {
			return
		}
		r.path = append(r.path, step{key: key, index: -1})
		dup := false
		for _, k := range seen {
			if k == key {
				dup = true
			}
		}
		if dup {
			r.fail(msg.Errorf("字段重复出现", "field appears twice"))
			r.skip()
		} else {
			seen = append(seen, key)
			member(key)
		}
		r.path = r.path[:len(r.path)-1]
		switch r.peek() {
		case ',':
			r.pos++
		case '}':
			r.pos++
			return
		default:
			r.eof()
			r.syntax("此处应为逗号或 }", "expected , or }")
			return
		}
	}
}

// array reads an array, calling elem for each element.
func (r *reader) array(elem func()) {
	if !r.nest() || !r.expect('[', "此处应为 [", "expected [") {
		return
	}
	defer r.unnest()
	if r.peek() == ']' {
		r.pos++
		return
	}
	for i := 0; !r.bad; i++ {
		if i == MaxRows {
			r.syntax(fmt.Sprintf("数组最多 %d 个元素", MaxRows), fmt.Sprintf("an array may hold at most %d elements", MaxRows))
			return
		}
		r.path = append(r.path, step{index: i})
		elem()
		r.path = r.path[:len(r.path)-1]
		switch r.peek() {
		case ',':
			r.pos++
		case ']':
			r.pos++
			return
		default:
			r.eof()
			r.syntax("此处应为逗号或 ]", "expected , or ]")
			return
		}
	}
}

// nest enters an object or array, refusing one nested deeper than
// MaxDepth before any recursion could exhaust the stack.
func (r *reader) nest() bool {
	if r.bad {
		return false
	}
	r.depth++
	if r.depth > MaxDepth {
		r.syntax(fmt.Sprintf("对象和数组最多嵌套 %d 层", MaxDepth), fmt.Sprintf("objects and arrays may nest at most %d levels deep", MaxDepth))
		r.depth--
		return false
	}
	return true
}

func (r *reader) unnest() { r.depth-- }

// rawString reads a string token (the next byte is '"').
func (r *reader) rawString() string {
	r.pos++ // opening quote
	start := r.pos
	for r.pos < len(r.data) {
		c := r.data[r.pos]
		switch {
		case c == '"':
			s := string(r.data[start:r.pos])
			if r.watch >= start && r.watch < r.pos && r.watched == "" {
				r.watched = r.pathString()
			}
			r.pos++
			return s
		case c == '\\':
			return r.escapedString(start)
		case c < 0x20:
			r.syntax("字符串中有未转义的控制字符", "unescaped control character in a string")
			return ""
		}
		r.pos++
	}
	r.eof()
	return ""
}

func (r *reader) escapedString(start int) string {
	buf := append([]byte(nil), r.data[start:r.pos]...)
	for r.pos < len(r.data) {
		c := r.data[r.pos]
		switch {
		case c == '"':
			r.pos++
			return string(buf)
		case c < 0x20:
			r.syntax("字符串中有未转义的控制字符", "unescaped control character in a string")
			return ""
		case c != '\\':
			buf = append(buf, c)
			r.pos++
			continue
		}
		if r.pos+1 >= len(r.data) {
			break
		}
		e := r.data[r.pos+1]
		r.pos += 2
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			ru, ok := r.hex4()
			if !ok {
				return ""
			}
			if utf16.IsSurrogate(ru) {
				// Only a high surrogate followed by a low one is a
				// character; anything else would be stored as U+FFFD and
				// not come back out as it went in.
				pair := rune(utf8.RuneError)
				if r.pos+5 < len(r.data) && r.data[r.pos] == '\\' && r.data[r.pos+1] == 'u' {
					save := r.pos
					r.pos += 2
					lo, ok := r.hex4()
					if !ok {
						return ""
					}
					if pair = utf16.DecodeRune(ru, lo); pair == utf8.RuneError {
						r.pos = save
					}
				}
				if pair == utf8.RuneError {
					r.syntax(fmt.Sprintf("\\u%04x 是孤立的 UTF-16 代理项，不是字符", ru), fmt.Sprintf("\\u%04x is a lone UTF-16 surrogate, not a character", ru))
					return ""
				}
				ru = pair
			}
			if ru == 0 {
				r.syntax("字符串中不能有 NUL 字符（\\u0000）", "a string must not hold the NUL character (\\u0000)")
				return ""
			}
			buf = utf8.AppendRune(buf, ru)
		default:
			r.pos--
			r.syntax("无效的转义序列", "invalid escape sequence")
			return ""
		}
	}
	r.eof()
	return ""
}

func (r *reader) hex4() (rune, bool) {
	if r.pos+4 > len(r.data) {
		r.pos = len(r.data)
		r.eof()
		return 0, false
	}
	v, err := strconv.ParseUint(string(r.data[r.pos:r.pos+4]), 16, 16)
	if err != nil {
		r.syntax("\\u 后应为 4 位十六进制数", "\\u must be followed by 4 hex digits")
		return 0, false
	}
	r.pos += 4
	return rune(v), true
}

// number reads a number token per the JSON grammar and returns its text.
func (r *reader) number() string {
	start := r.pos
	digits := func() int {
		n := 0
		for r.pos < len(r.data) && r.data[r.pos] >= '0' && r.data[r.pos] <= '9' {
			r.pos++
			n++
		}
		return n
	}
	if r.pos < len(r.data) && r.data[r.pos] == '-' {
		r.pos++
	}
	intStart := r.pos
	if digits() == 0 || (r.data[intStart] == '0' && r.pos-intStart > 1) {
		r.pos = start
		r.eof()
		r.syntax("无法识别的值", "unrecognised value")
		return ""
	}
	if r.pos < len(r.data) && r.data[r.pos] == '.' {
		r.pos++
		if digits() == 0 {
			r.syntax("小数点后应有数字", "digits must follow the decimal point")
			return ""
		}
	}
	if r.pos < len(r.data) && (r.data[r.pos] == 'e' || r.data[r.pos] == 'E') {
		r.pos++
		if r.pos < len(r.data) && (r.data[r.pos] == '+' || r.data[r.pos] == '-') {
			r.pos++
		}
		if digits() == 0 {
			r.syntax("指数部分应有数字", "digits must follow the exponent")
			return ""
		}
	}
	return string(r.data[start:r.pos])
}

// Typed values. Each reads the value at the current path; a required one
// reports null, an opt one returns the zero value for null.

func (r *reader) str() string {
	if !r.required() {
		return ""
	}
	return r.stringValue()
}

// optStr reads a nullable string. An empty string is refused: the model
// keeps "unknown" as "", so "" would come back out as null, and the JSON
// value must survive a round trip.
func (r *reader) optStr() string {
	if r.null() {
		return ""
	}
	s := r.stringValue()
	if s == "" && !r.bad {
		r.fail(msg.Errorf("不能为空字符串；未知时请写 null", "must not be an empty string: write null when it is not known"))
	}
	return s
}

func (r *reader) stringValue() string {
	if r.peek() != '"' {
		r.eof()
		r.wrong("字符串", "a string")
		return ""
	}
	return r.rawString()
}

func (r *reader) boolean() bool {
	return r.required() && r.boolValue() == model.True
}

func (r *reader) tri() model.Tri {
	if r.null() {
		return model.Unknown
	}
	return r.boolValue()
}

func (r *reader) boolValue() model.Tri {
	switch r.peek() {
	case 't':
		r.literal("true")
		return model.True
	case 'f':
		r.literal("false")
		return model.False
	}
	r.eof()
	r.wrong("true 或 false", "true or false")
	return model.Unknown
}

// int64Value reads an integer; a decimal or exponent is refused, because
// amounts are whole fen and counts are whole.
func (r *reader) int64Value() (int64, bool) {
	c := r.peek()
	if c != '-' && (c < '0' || c > '9') {
		r.eof()
		r.wrong("整数", "an integer")
		return 0, false
	}
	lit := r.number()
	if r.bad {
		return 0, false
	}
	i, err := strconv.ParseInt(lit, 10, 64)
	if err != nil {
		switch {
		case strings.ContainsAny(lit, ".eE") && strings.HasSuffix(r.pathString(), "_fen"):
			r.fail(msg.Errorf("应为整数，实际为 %s（金额以分为单位，不带小数）", "must be an integer, got %s (amounts are whole fen)", lit))
		case strings.ContainsAny(lit, ".eE"):
			r.fail(msg.Errorf("应为整数，实际为 %s", "must be an integer, got %s", lit))
		default:
			r.fail(msg.Errorf("整数 %s 超出范围", "integer %s is out of range", lit))
		}
		return 0, false
	}
	return i, true
}

// intValue reads counts, years, months and rates, which must fit 32 bits
// so that every platform reads them alike.
func (r *reader) intValue() (int, bool) {
	i, ok := r.int64Value()
	if ok && (i > 1<<31-1 || i < -(1<<31)) {
		r.fail(msg.Errorf("整数 %d 超出范围", "integer %d is out of range", i))
		return 0, false
	}
	return int(i), ok
}

func (r *reader) integer() int {
	if !r.required() {
		return 0
	}
	i, _ := r.intValue()
	return i
}

func (r *reader) optInt() *int {
	if r.null() {
		return nil
	}
	if i, ok := r.intValue(); ok {
		return &i
	}
	return nil
}

func (r *reader) fen() money.Fen {
	if !r.required() {
		return 0
	}
	i, _ := r.int64Value()
	return money.Fen(i)
}

func (r *reader) optFen() *money.Fen {
	if r.null() {
		return nil
	}
	if i, ok := r.int64Value(); ok {
		f := money.Fen(i)
		return &f
	}
	return nil
}

func (r *reader) date() civil.Date {
	if !r.required() {
		return 0
	}
	return r.dateValue()
}

func (r *reader) optDate() civil.Date {
	if r.null() {
		return 0
	}
	return r.dateValue()
}

func (r *reader) dateValue() civil.Date {
	if r.peek() != '"' {
		r.eof()
		r.wrong("YYYY-MM-DD 格式的日期字符串", "a YYYY-MM-DD date string")
		return 0
	}
	d, err := civil.Parse(r.rawString())
	if err != nil {
		r.fail(msg.From(err))
	}
	return d
}

func (r *reader) strings() []string {
	out := []string{}
	r.list(func() { out = append(out, r.str()) })
	return out
}

// list reads a required array.
func (r *reader) list(elem func()) {
	if !r.required() {
		return
	}
	if r.peek() != '[' {
		r.eof()
		r.wrong("数组", "an array")
		return
	}
	r.array(elem)
}

// field is one key of an object in the format; nullable keys may be
// absent or null, the others must carry a value.
type field struct {
	name     string
	nullable bool
}

// fields lists an object's keys in the order scenario.md gives them, which
// is also the order missing ones are reported in.
type fields []field

func (fs fields) known(key string) bool {
	for _, f := range fs {
		if f.name == key {
			return true
		}
	}
	return false
}

// record reads a required object whose keys are fs, in any order; other
// keys are refused and absent required keys reported. A missing nullable
// key is the same as null.
func (r *reader) record(fs fields, member func(key string)) {
	if !r.required() {
		return
	}
	r.recordValue(fs, member)
}

// optRecord reads an object or null and reports whether there was one.
func (r *reader) optRecord(fs fields, member func(key string)) bool {
	if r.null() {
		return false
	}
	r.recordValue(fs, member)
	return !r.bad
}

func (r *reader) recordValue(fs fields, member func(key string)) {
	if r.peek() != '{' {
		r.eof()
		r.wrong("对象", "an object")
		return
	}
	var buf [32]string
	present := buf[:0]
	r.object(func(key string) {
		if !fs.known(key) {
			r.fail(msg.Errorf("未知字段", "unknown field"))
			r.skip()
			return
		}
		present = append(present, key)
		member(key)
	})
	if r.bad {
		return
	}
	for _, f := range fs {
		if !f.nullable && !slices.Contains(present, f.name) {
			r.path = append(r.path, step{key: f.name, index: -1})
			r.fail(msg.Errorf("缺少必填字段", "required field is missing"))
			r.path = r.path[:len(r.path)-1]
		}
	}
}
