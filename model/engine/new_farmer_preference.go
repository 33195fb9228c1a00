package engine

import "huiqi/model"

// （十）对取得“新型职业农民资格证书”的……新型职业农民，在办理各类惠农贷款贴息及
// “贷免扶补”政策时给予倾斜。
func newFarmerPreference() *Rule {
	return &Rule{
		ID: "new-farmer-preference", Clause: "十", Rests: "新型职业农民资格证书", Kind: Procedure, Reading: NoAmount,
		Title:    Text{"新型职业农民贷款贴息政策倾斜", "Priority in farm-loan interest subsidies for certified new farmers"},
		Evidence: evidence(Text{"新型职业农民资格证书", "New professional farmer certificate"}),
		note: func(*facts) Text {
			return Text{"创办人持有“新型职业农民资格证书”即可在办理惠农贷款贴息和“贷免扶补”时申请倾斜；由主管部门决定，故为“可申请”。",
				"A founder holding the new professional farmer certificate may ask for priority in farm-loan subsidies and Daimianfubu (贷免扶补) loans; the bureau decides: may apply."}
		},
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			o.founderCheck(f, Text{"创办人持有新型职业农民资格证书", "a founder holds the new professional farmer certificate"},
				func(_ int, p *model.Person) (model.Tri, []string, Text) {
					return model.TriOf(p.FarmerCertificate), nil, pick(p.FarmerCertificate, Text{"持有", "holds it"}, Text{"未持有", "does not"})
				})
		},
	}
}
