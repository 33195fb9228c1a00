package engine

// catalog is RULES.md §2 in its order; every evaluation reports every rule
// in this order. Each rule lives in the file named for its id.
func catalog() []*Rule {
	return []*Rule{
		startupFeeCap(),
		inventorRewardMinimum(),
		researcherLeave(),
		soeStaffLeave(),
		studentStudySuspension(),
		studentExcellentGrant(),
		graduateRentSubsidy(),
		graduateEshopSubsidy(),
		pioneerSubsidy(),
		youthGuaranteedLoan(),
		smeHiringLoan(),
		techSMEFounderLoan(),
		studentEntityLoan(),
		newFarmerPreference(),
		highLevelTalentSettlement(),
		provincialTalentFunding(),
		rdSuperDeduction(),
		selfEmployedTaxDeduction(),
		vcInvestmentDeduction(),
		patentPriorityExam(),
		ipPledgeFinancing(),
		makerSpaceSubsidy(),
	}
}

// Evidence common to every application (RULES.md §4).
var (
	docLicence = Text{"营业执照副本复印件", "Copy of the business licence"}
	docLegalID = Text{"法定代表人身份证复印件", "Copy of the legal representative's ID card"}
)

func evidence(items ...Text) []Text {
	return append([]Text{docLicence, docLegalID}, items...)
}
