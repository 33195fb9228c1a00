package pdf

import "huiqi/forms"

// keep places blocks that belong on one page (forms.Keep): the end of a
// form, whose declaration and signature boxes must not stand alone. In
// order of preference: where they are, if they fit; split between two
// rows of one of their tables, if what comes before the split fits in the
// space left and what comes after fits on the next page, with the latest
// such split, which fills this page most; on a new page, if they fit on
// one; else as they come, the last rows of their last table kept with
// what follows it.
func (l *layout) keep(bs []forms.Block) error {
	h, err := l.height(bs)
	if err != nil {
		return err
	}
	if l.fits || l.y+h <= l.bottom+epsilon {
		return l.fitting(bs)
	}
	page := l.bottom - bodyTop
	if h <= page+epsilon {
		before, after, ok, err := l.split(bs, page)
		if err != nil {
			return err
		}
		if !ok {
			if !l.atTop() {
				l.newPage()
			}
			return l.fitting(bs)
		}
		if err := l.fitting(before); err != nil {
			return err
		}
		l.newPage()
		return l.fitting(after)
	}
	t, tab, ok := lastTable(bs)
	if !ok {
		return l.blocks(bs)
	}
	after, err := l.height(bs[t+1:])
	if err != nil {
		return err
	}
	if err := l.blocks(bs[:t]); err != nil {
		return err
	}
	if err := l.tableKeeping(tab, tailRows(len(tab.Rows)), after+tableAfter); err != nil {
		return err
	}
	return l.blocks(bs[t+1:])
}

// tailRows is how many rows of a table of n rows, that runs over pages,
// stay with the blocks kept after it: two where there are enough, else
// one, so that no page ends a form with its signatures alone.
func tailRows(n int) int { return min(2, n) }

// split finds the latest place to break blocks that fit on one page but
// not in the space left: between two rows of a table, or after a whole
// table that is not the last one, so that the blocks before the break fit
// here and those after it on a page of their own. A table split in two
// prints its header again on the second page. The last table is never
// left wholly before the break: the declaration stays with it.
func (l *layout) split(bs []forms.Block, page float64) (before, after []forms.Block, ok bool, err error) {
	type cut struct{ t, k int }
	var cuts []cut
	last, _, _ := lastTable(bs)
	for t, b := range bs {
		tab, isTable := asTable(b)
		if !isTable {
			continue
		}
		// At least two rows on each side where there are four, as a
		// typesetter keeps two lines of a paragraph together.
		least := max(1, min(2, len(tab.Rows)/2))
		for k := least; k <= len(tab.Rows)-least; k++ {
			cuts = append(cuts, cut{t, k})
		}
		if t != last && t+1 < len(bs) && len(tab.Rows) > 0 && (len(cuts) == 0 || cuts[len(cuts)-1] != cut{t, len(tab.Rows)}) {
			cuts = append(cuts, cut{t, len(tab.Rows)})
		}
	}
	for i := len(cuts) - 1; i >= 0; i-- {
		c := cuts[i]
		tab, _ := asTable(bs[c.t])
		head, tail, err := l.splitTable(tab, c.k)
		if err != nil {
			return nil, nil, false, err
		}
		before = append(append([]forms.Block(nil), bs[:c.t]...), head)
		hb, err := l.height(before)
		if err != nil {
			return nil, nil, false, err
		}
		if l.y+hb > l.bottom+epsilon {
			continue // too much for this page: break earlier
		}
		after = append([]forms.Block(nil), bs[c.t+1:]...)
		if len(tail.Rows) > 0 {
			after = append([]forms.Block{tail}, after...)
		}
		ha, err := l.height(after)
		if err != nil {
			return nil, nil, false, err
		}
		if ha > page+epsilon {
			return nil, nil, false, nil // earlier breaks leave even more after
		}
		return before, after, true, nil
	}
	return nil, nil, false, nil
}

// splitTable cuts a table before row k into two with the same columns,
// set as the whole table is (else a part without the widest figure could
// come out wider or larger), each keeping its bold rows.
func (l *layout) splitTable(t forms.Table, k int) (head, tail forms.Table, err error) {
	set, err := l.columnWidths(t)
	if err != nil {
		return head, tail, err
	}
	cols := make([]forms.Column, len(t.Columns))
	for i, c := range t.Columns {
		c.Width = set.widths[i]
		cols[i] = c
	}
	if len(cols) > 0 {
		l.sized[&cols[0]] = set // both parts, in this pass and any measuring one
	}
	head = forms.Table{Columns: cols, Rows: t.Rows[:k]}
	tail = forms.Table{Columns: cols, Rows: t.Rows[k:]}
	for _, b := range t.Bold {
		if b < k {
			head.Bold = append(head.Bold, b)
		} else {
			tail.Bold = append(tail.Bold, b-k)
		}
	}
	return head, tail, nil
}

// lastTable finds the last table among blocks.
func lastTable(bs []forms.Block) (int, forms.Table, bool) {
	for i := len(bs) - 1; i >= 0; i-- {
		if t, ok := asTable(bs[i]); ok {
			return i, t, true
		}
	}
	return -1, forms.Table{}, false
}

func asTable(b forms.Block) (forms.Table, bool) {
	switch t := b.(type) {
	case forms.Table:
		return t, true
	case *forms.Table:
		if t != nil {
			return *t, true
		}
	}
	return forms.Table{}, false
}
