package mask

import "testing"

func TestText(t *testing.T) {
	for in, want := range map[string]string{
		`people[1].hired: date "530421199001011237" is not valid`: `people[1].hired: date "5304**********1237" is not valid`,
		"53042119900101123X and 530421199001011237":               "5304**********123X and 5304**********1237",
		"integer 9223372036854775807 is out of range":             "integer 9223372036854775807 is out of range",
		"ZL201610123456.6":          "ZL201610123456.6",
		"91530402MA6K5Q3R2H":        "91530402MA6K5Q3R2H",
		"身份证号码530421199001011237有误": "身份证号码5304**********1237有误",
		"short 1234":                "short 1234",
	} {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
	if got := ID("530402199203150017"); got != "5304**********0017" {
		t.Errorf("ID: %q", got)
	}
}
