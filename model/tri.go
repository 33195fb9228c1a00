package model

// Tri is a three-valued truth. The scenario's nullable booleans mean
// "unknown", and RULES.md §0 reasons with them in Kleene logic: unknown is
// not false.
type Tri int8

// The three truth values. The zero value is Unknown, so a field nobody filled
// in reads as unknown rather than false.
const (
	Unknown Tri = iota
	False
	True
)

// TriOf lifts a known boolean.
func TriOf(b bool) Tri {
	if b {
		return True
	}
	return False
}

// TriPtr reads a nullable boolean: nil is Unknown.
func TriPtr(b *bool) Tri {
	if b == nil {
		return Unknown
	}
	return TriOf(*b)
}

// Ptr writes t back as a nullable boolean.
func (t Tri) Ptr() *bool {
	switch t {
	case True:
		v := true
		return &v
	case False:
		v := false
		return &v
	}
	return nil
}

// And is Kleene conjunction: false wins over unknown.
func (t Tri) And(u Tri) Tri {
	if t == False || u == False {
		return False
	}
	if t == True && u == True {
		return True
	}
	return Unknown
}

// Or is Kleene disjunction: true wins over unknown.
func (t Tri) Or(u Tri) Tri {
	if t == True || u == True {
		return True
	}
	if t == False && u == False {
		return False
	}
	return Unknown
}

// Not negates; unknown stays unknown.
func (t Tri) Not() Tri {
	switch t {
	case True:
		return False
	case False:
		return True
	}
	return Unknown
}

func (t Tri) String() string {
	switch t {
	case True:
		return "true"
	case False:
		return "false"
	}
	return "unknown"
}
