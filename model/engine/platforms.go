package engine

import "huiqi/model"

// pendingAt: filed on or before D, not lapsed, not granted by D (§0).
func (f *facts) pendingAt(p *model.Patent) bool {
	return p.Filed <= f.D && p.Status != model.StatusLapsed && (p.Granted.IsZero() || p.Granted > f.D)
}

// grantedAt: granted on or before D and not lapsed (§0).
func (f *facts) grantedAt(p *model.Patent) bool {
	return !p.Granted.IsZero() && p.Granted <= f.D && p.Status != model.StatusLapsed
}
