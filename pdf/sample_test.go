package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"huiqi/forms"
	"huiqi/model/civil"
)

// samplePacket is a realistic application packet: a cover with the firm's
// fields and a summary table, a contents page, a form with a 60-row roster,
// notes and signature boxes, and an evidence checklist.
func samplePacket() *forms.Packet {
	roster := forms.Table{Columns: []forms.Column{
		{Title: "序号", Width: 0.6, Align: forms.Center},
		{Title: "姓名", Width: 1},
		{Title: "身份证号码", Width: 2.2},
		{Title: "岗位", Width: 1.4},
		{Title: "入职日期", Width: 1.3, Align: forms.Center},
		{Title: "月工资（元）", Width: 1.2, Align: forms.Right},
	}}
	names := []string{"李明", "王芳", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏"}
	jobs := []string{"技术员", "会计", "销售经理", "生产线操作工（夜班）", "仓库管理员", "研发工程师"}
	for i := 0; i < 60; i++ {
		roster.Rows = append(roster.Rows, []string{
			fmt.Sprint(i + 1), names[i%len(names)],
			fmt.Sprintf("5304021990%02d%02d%04d", i%12+1, i%28+1, 1000+i*37),
			jobs[i%len(jobs)], fmt.Sprintf("2025-%02d-%02d", i%12+1, i%28+1),
			fmt.Sprintf("%d,%03d.00", 3+i%5, (i*137)%1000),
		})
	}
	roster.Rows = append(roster.Rows, []string{"合计", "", "", "", "", "¥292,770.00"})
	roster.Bold = []int{len(roster.Rows) - 1}

	return &forms.Packet{
		Title:       "玉溪市惠企政策申报材料",
		Header:      "玉溪市红塔区云岭精密机械制造有限公司",
		Generated:   civil.Date(20261126),
		Fingerprint: "7F3A-92C1",
		Contents:    true,
		Sections: []forms.Section{
			{Title: "封面", Blocks: []forms.Block{
				forms.Heading{Text: "玉溪市惠企政策申报材料", Level: 1},
				forms.Paragraph{Text: "（一式三份）", Align: forms.Center},
				forms.Fields{Items: []forms.Field{
					{Label: "申报单位（盖章）", Value: "玉溪市红塔区云岭精密机械制造有限公司"},
					{Label: "统一社会信用代码", Value: "91530402MA6K7XYZ1Q"},
					{Label: "法定代表人", Value: "李明"},
					{Label: "联系人及电话", Value: "王芳 0877-2012345"},
					{Label: "注册地址", Value: "云南省玉溪市红塔区高新技术产业开发区九龙片区抚仙路18号标准厂房3幢"},
					{Label: "开户银行及账号", Value: ""},
				}},
				forms.Heading{Text: "申报事项汇总", Level: 2},
				forms.Table{
					Columns: []forms.Column{
						{Title: "序号", Width: 0.6, Align: forms.Center},
						{Title: "申报事项", Width: 4},
						{Title: "政策依据", Width: 2.2},
						{Title: "申请金额（元）", Width: 1.6, Align: forms.Right},
					},
					Rows: [][]string{
						{"1", "科技型小微企业创办人担保贷款贴息", "玉政发〔2016〕12号第（九）条", "¥1,234.56"},
						{"2", "吸纳就业困难人员社会保险补贴（2026年1月至6月，共计14人）", "玉政发〔2016〕12号第（十）条", "¥86,400.00"},
						{"3", "小微企业创业孵化基地场地租金补贴", "玉政发〔2016〕12号", "¥20,000.00"},
						{"", "合计", "", "¥107,634.56"},
					},
					Bold: []int{3},
				},
				forms.Paragraph{Text: "注：申请金额以主管部门审核确定的金额为准。", Small: true},
			}},
			{Title: "科技型小微企业创办人担保贷款贴息申请表", Blocks: []forms.Block{
				forms.Heading{Text: "科技型小微企业创办人担保贷款贴息申请表", Level: 1},
				forms.Heading{Text: "一、企业基本情况", Level: 2},
				forms.Paragraph{Text: "　　本企业成立于2021年3月15日，主要从事精密机械零部件的研发、生产和销售，现有员工60人，其中大专以上学历人员占比45%。2025年实现营业收入¥12,345,678.90元，依法纳税，无不良信用记录。"},
				forms.Heading{Text: "二、职工花名册", Level: 2},
				roster,
				forms.Paragraph{Text: "注：1. 身份证号码须与社会保险缴费记录一致；2. 月工资为应发工资（含个人缴纳的社会保险费和住房公积金）；3. 本表不够填写的，可另附页，并加盖单位公章。", Small: true},
				forms.Heading{Text: "三、申请单位承诺", Level: 2},
				forms.Paragraph{Text: "　　本单位承诺所提供的申请材料真实、准确、完整，如有虚假，愿意承担相应的法律责任，并退回已领取的全部补贴资金。"},
				forms.Signatures{Labels: []string{"法定代表人签字：", "单位盖章：", "日期：     年   月   日"}},
			}},
			{Title: "申报材料清单", Blocks: []forms.Block{
				forms.Heading{Text: "申报材料清单", Level: 1},
				forms.Paragraph{Text: "请按以下顺序装订，并在已提供的材料前的方框内打“√”。"},
				forms.Checklist{Items: []string{
					"营业执照副本复印件（加盖公章）",
					"法定代表人身份证复印件",
					"担保贷款合同、借款借据及银行出具的利息结算清单（2026年1月1日至2026年6月30日）",
					"近三个月的社会保险缴费明细表",
					"科技型中小企业评价入库登记编号截图，或高新技术企业证书复印件，以及知识产权证明材料（专利证书、软件著作权登记证书等），如有多项请全部提供",
					"其他需要说明的材料",
				}},
			}},
		},
	}
}

// TestWriteSample renders the sample packet into a folder, for looking at
// the output: HUIQI_PDF_SAMPLE_DIR if set, else a temporary folder that
// the test removes. Convert it with `pdftoppm -r 60 -png sample.pdf page`.
func TestWriteSample(t *testing.T) {
	dir := os.Getenv("HUIQI_PDF_SAMPLE_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	out, err := Render(samplePacket())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "sample.pdf")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes)", path, len(out))
}
