package model

import "slices"

// ruleIDs are the rule ids of RULES.md §2 in catalog order. They name benefits
// a firm has already received (firm.received[].benefit) as well as the
// engine's results, so they live with the entities.
var ruleIDs = [...]string{
	"startup-fee-cap",
	"inventor-reward-minimum",
	"researcher-leave",
	"soe-staff-leave",
	"student-study-suspension",
	"student-excellent-grant",
	"graduate-rent-subsidy",
	"graduate-eshop-subsidy",
	"pioneer-subsidy",
	"youth-guaranteed-loan",
	"sme-hiring-loan",
	"tech-sme-founder-loan",
	"student-entity-loan",
	"new-farmer-preference",
	"high-level-talent-settlement",
	"provincial-talent-funding",
	"rd-super-deduction",
	"self-employed-tax-deduction",
	"vc-investment-deduction",
	"patent-priority-exam",
	"ip-pledge-financing",
	"maker-space-subsidy",
}

// RuleIDs returns the rule ids of RULES.md in catalog order.
func RuleIDs() []string { return slices.Clone(ruleIDs[:]) }

// IsRuleID reports whether id names a rule of RULES.md.
func IsRuleID(id string) bool { return slices.Contains(ruleIDs[:], id) }
