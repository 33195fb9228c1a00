package ident

import (
	"errors"
	"testing"

	"huiqi/model/civil"
	"huiqi/model/msg"
)

// wantErr checks that err is a *msg.Error with exactly the English text en
// and some Chinese text.
func wantErr(t *testing.T, in string, err error, en string) {
	t.Helper()
	var m *msg.Error
	if !errors.As(err, &m) {
		t.Errorf("%q: error %v is not *msg.Error", in, err)
		return
	}
	if m.En != en || m.Zh == "" {
		t.Errorf("%q: error %q / %q; want En %q", in, m.Zh, m.En, en)
	}
}

func TestCheckUSCCValid(t *testing.T) {
	for _, s := range []string{
		"91530402MA6K5Q3R2H",
		"91530421MA6N8K2P12",
		"92530424MA6P3L9Q03",
		"12530400MB1C2D3E4Y",
		"91350100M000100Y43", // widely published sample code
	} {
		if err := CheckUSCC(s); err != nil {
			t.Errorf("CheckUSCC(%q) = %v", s, err)
		}
	}
}

func TestCheckUSCCInvalid(t *testing.T) {
	tests := []struct{ in, en string }{
		{"91530421MA6N8K2P13", "the number is wrong (its check character does not match): please check it"},
		{"91530402MA6K5Q3R2Y", "the number is wrong (its check character does not match): please check it"},
		{"91530421MA6N8K2P1", "must be 18 characters, got 17"},
		{"91530421MA6N8K2P123", "must be 18 characters, got 19"},
		{"", "must be 18 characters, got 0"},
		{"91530421MA6N8K2P1２", "character 18 (２) is not allowed in a unified social credit code (I, O, S, V and Z are not used)"},
		{"91530421MA6O8K2P12", "character 12 (O) is not allowed in a unified social credit code (I, O, S, V and Z are not used)"},
		{"91530421MA6I8K2P12", "character 12 (I) is not allowed in a unified social credit code (I, O, S, V and Z are not used)"},
		{"91530421MA6N8K2P1Z", "character 18 (Z) is not allowed in a unified social credit code (I, O, S, V and Z are not used)"},
		{"91530421ma6n8k2p12", "character 9 (m) must be upper case M"},
		{"91530421MA6N8K2P-2", "character 17 (-) is not allowed in a unified social credit code (I, O, S, V and Z are not used)"},
		{" 91530421MA6N8K2P12", "must not contain spaces (position 1)"},
		{"91530421MA6N8K2P12 ", "must not contain spaces (position 19)"},
		{"915304 21MA6N8K2P1", "must not contain spaces (position 7)"},
	}
	for _, tt := range tests {
		wantErr(t, tt.in, CheckUSCC(tt.in), tt.en)
	}
	err := CheckUSCC("91530421MA6N8K2P13")
	if want := "号码有误（校验位不符），请核对 / the number is wrong (its check character does not match): please check it"; err.Error() != want {
		t.Errorf("Error() = %q; want %q", err, want)
	}
}

func TestUSCCCheckChar(t *testing.T) {
	c, err := USCCCheckChar("91530421MA6N8K2P1")
	if err != nil || c != '2' {
		t.Errorf("USCCCheckChar = %c, %v; want 2", c, err)
	}
	wantErr(t, "short", func() error { _, err := USCCCheckChar("9153"); return err }(),
		"the code without its check character must be 17 characters, got 4")
	wantErr(t, "bad", func() error { _, err := USCCCheckChar("9153042IMA6N8K2P1"); return err }(),
		"character 8 (I) is not allowed in a unified social credit code")
	wantErr(t, "wide", func() error { _, err := USCCCheckChar("9153042１MA6N8K2P1"); return err }(),
		"character 8 (１) is not allowed in a unified social credit code")
}

func TestCheckResidentIDValid(t *testing.T) {
	for _, s := range []string{
		"530402199203150017",
		"53042119880808001X",
		"530421198808080028",
		"530421198808080036",
		"530421199306110017",
		"53042119790212001X",
		"11010519491231002X", // the example printed in GB 11643-1999
	} {
		if err := CheckResidentID(s); err != nil {
			t.Errorf("CheckResidentID(%q) = %v", s, err)
		}
	}
}

func TestCheckResidentIDInvalid(t *testing.T) {
	tests := []struct{ in, en string }{
		{"530402199203150016", "the number is wrong (its check character does not match): please check it"},
		{"53042119880808001Y", "character 18 (Y) must be a digit or X"},
		{"530421198808080029", "the number is wrong (its check character does not match): please check it"},
		{"53042119880808001x", "write the check character as upper-case X, not x"},
		{"53040219920315001", "must be 18 characters, got 17"},
		{"5304021992031500171", "must be 18 characters, got 19"},
		{"530402199202310017", "birth date 19920231 does not exist"},
		{"530402189901010017", "birth date 18990101 is before 1900-01-01"},
		{"530402199213010017", "birth date 19921301 does not exist"},
		{"53040219920315A017", "character 15 (A) must be a digit"},
		{"530402 99203150017", "must not contain spaces (position 7)"},
		{"530402199203150017\n", "must not contain spaces (position 19)"},
	}
	for _, tt := range tests {
		wantErr(t, tt.in, CheckResidentID(tt.in), tt.en)
	}
	err := CheckResidentID("530402199202310017")
	if want := "出生日期 19920231 不存在 / birth date 19920231 does not exist"; err.Error() != want {
		t.Errorf("Error() = %q; want %q", err, want)
	}
	err = CheckResidentID("5304021992031500")
	if want := "长度应为 18 位，实际为 16 位 / must be 18 characters, got 16"; err.Error() != want {
		t.Errorf("Error() = %q; want %q", err, want)
	}
}

func TestResidentIDCheckChar(t *testing.T) {
	for first17, want := range map[string]byte{
		"53040219920315001": '7',
		"53042119880808001": 'X',
		"11010519491231002": 'X',
	} {
		if c, err := ResidentIDCheckChar(first17); err != nil || c != want {
			t.Errorf("ResidentIDCheckChar(%q) = %c, %v; want %c", first17, c, err, want)
		}
	}
	_, err := ResidentIDCheckChar("5304021992031500")
	wantErr(t, "short", err, "the number without its check character must be 17 digits, got 16")
	_, err = ResidentIDCheckChar("5304021992031500X")
	wantErr(t, "letter", err, "character 17 (X) must be a digit")
}

func TestBirthDate(t *testing.T) {
	tests := []struct {
		in   string
		want civil.Date
		ok   bool
	}{
		{"530402199203150017", 19920315, true},
		{"53040219920315", 19920315, true},
		{"530402200002290017", 20000229, true},
		{"530402190002290017", 0, false},
		{"530402199202310017", 0, false},
		{"5304021992031", 0, false},
		{"5304021992-3150017", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := BirthDate(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("BirthDate(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCheckPatentNumberValid(t *testing.T) {
	for _, s := range []string{
		"ZL201610123456.6",
		"ZL201610777001.6",
		"201820888002.2",
		"ZL2016101234566", // the dot is optional
		"201610123456.6",
		"98123456.9", // pre-2003 format, check computed by hand: 2·9+3·8+4·1+5·2+6·3+7·4+8·5+9·6 = 196, 196 mod 11 = 9
		"ZL981234569",
	} {
		if err := CheckPatentNumber(s); err != nil {
			t.Errorf("CheckPatentNumber(%q) = %v", s, err)
		}
	}
}

func TestCheckPatentNumberInvalid(t *testing.T) {
	tests := []struct{ in, en string }{
		{"ZL201610123456.7", "the number is wrong (its check character does not match): please check it"},
		{"ZL2016101234567", "the number is wrong (its check character does not match): please check it"},
		{"98123456.8", "the number is wrong (its check character does not match): please check it"},
		{"ZL20161012345.6", "application number must be 8 or 12 digits plus a check character, got 11 digits"},
		{"ZL2016101234561.6", "application number must be 8 or 12 digits plus a check character, got 13 digits"},
		{"ZL201610123456.", `check character "" must be a single digit or X`},
		{"ZL201610123456.66", `check character "66" must be a single digit or X`},
		{"ZL201610123456.A", `check character "A" must be a single digit or X`},
		{"ZL201610123456.x", "write the check character as upper-case X, not x"},
		{"zl201610123456.6", "character 1 (z) must be a digit"},
		{"CN201610123456.6", "character 1 (C) must be a digit"},
		{"ZL 201610123456.6", "must not contain spaces (position 3)"},
		{"ZL201610123456.6 ", "must not contain spaces (position 17)"},
		{"", "application number is empty"},
		{"ZL", "application number is empty"},
		{"ZL.6", "application number must be 8 or 12 digits plus a check character, got 0 digits"},
		{"ZL2016.10123456.6", "character 7 (.) must be a digit"},
		{"ZL20161012345６.6", "character 14 (６) must be a digit"},
		{"ZL201610123456号", `check character "号" must be a single digit or X`},
	}
	for _, tt := range tests {
		wantErr(t, tt.in, CheckPatentNumber(tt.in), tt.en)
	}
}

func TestPatentCheckChar(t *testing.T) {
	for digits, want := range map[string]byte{
		"201610123456": '6',
		"201820888002": '2',
		"98123456":     '9',
		"00000000":     '0',
		"10000000":     '2',
		"50000000":     'X', // 5·2 = 10
	} {
		if c, err := PatentCheckChar(digits); err != nil || c != want {
			t.Errorf("PatentCheckChar(%q) = %c, %v; want %c", digits, c, err, want)
		}
	}
	_, err := PatentCheckChar("2016101234")
	wantErr(t, "10 digits", err, "application number must be 8 or 12 digits, got 10")
	_, err = PatentCheckChar("2016A0123456")
	wantErr(t, "letter", err, "character 5 (A) must be a digit")
}

func FuzzCheckers(f *testing.F) {
	for _, s := range []string{"91530421MA6N8K2P12", "530402199203150017", "ZL201610123456.6", "ZL", "中文", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, err := range []error{CheckUSCC(s), CheckResidentID(s), CheckPatentNumber(s)} {
			var m *msg.Error
			if err != nil && !errors.As(err, &m) {
				t.Fatalf("%q: error %T is not *msg.Error", s, err)
			}
		}
		BirthDate(s)
	})
}
