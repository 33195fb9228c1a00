package sheet

import (
	"bytes"
	"testing"

	"huiqi/model/civil"
	"huiqi/model/demo"
)

func peopleXLSX(b *testing.B, n int) []byte {
	b.Helper()
	sc := demo.Large(civil.Date(20260315), n, 0)
	var buf bytes.Buffer
	if err := Write(&buf, "people.xlsx", "people", sc); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkReadPeopleXLSX100k reads a roster of 100,000 people, every
// column filled as export writes it, and checks each row.
func BenchmarkReadPeopleXLSX100k(b *testing.B) {
	data := peopleXLSX(b, 100_000)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sc, err := Read("people.xlsx", data, "people")
		if err != nil {
			b.Fatal(err)
		}
		if len(sc.People) != 100_000 {
			b.Fatalf("%d people", len(sc.People))
		}
	}
}
