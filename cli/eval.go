package cli

import (
	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/msg"
	"huiqi/model/params"
	"huiqi/model/scenario"
)

// runEval: huiqi eval [--as-of DATE] [--lang zh|en] (SCENARIO.json | --db FILE)
func runEval(env *Env, args []string) error {
	fs := newFlags("eval")
	dbf := newDBFlags(fs)
	asOf := fs.String("as-of", "", "evaluation date YYYY-MM-DD")
	lang := fs.String("lang", "zh", "zh or en")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	db, err := dbf.target()
	if err != nil {
		return err
	}
	if *lang != "zh" && *lang != "en" {
		return usagef("--lang 只能是 zh 或 en，而不是 %q", "--lang must be zh or en, not %q", *lang)
	}
	sc, err := loadScenario(env, db, pos)
	if err != nil {
		return err
	}
	d, err := evaluationDate(sc, *asOf)
	if err != nil {
		return err
	}
	ev, err := engine.New(params.Default()).Evaluate(sc, d)
	if err != nil {
		return err
	}
	out, err := ev.JSON(*lang)
	if err != nil {
		return err
	}
	_, err = env.Stdout.Write(out)
	return err
}

// loadScenario reads the firm to work on from a scenario file or a
// database, exactly one of which must be named.
func loadScenario(env *Env, db string, pos []string) (*model.Scenario, error) {
	switch {
	case db != "" && len(pos) == 0:
		return loadFirm(env, db)
	case db == "" && len(pos) == 1:
		data, err := readInput(pos[0])
		if err != nil {
			return nil, err
		}
		sc, err := scenario.Decode(data)
		if err != nil {
			return nil, badFile(pos[0], err)
		}
		return sc, nil
	}
	return nil, usagef("需要一个场景文件或 --db FILE（二者选一）", "need one scenario file or --db FILE (not both)")
}

// evaluationDate is --as-of, else the scenario's as_of, else today
// (scenario.md); before the policy took effect is bad input.
func evaluationDate(sc *model.Scenario, flag string) (civil.Date, error) {
	d := sc.AsOf
	if flag != "" {
		v, err := civil.Parse(flag)
		if err != nil {
			return 0, badInput(model.Errors{{Path: "--as-of", Err: msg.From(err)}})
		}
		d = v
	}
	if d.IsZero() {
		d = civil.Today()
	}
	if d < model.PolicyInForce {
		return 0, badInput(model.Errors{{Path: "--as-of", Err: msg.Errorf("评估日期 %s 早于政策施行日 %s",
			"evaluation date %s is before the policy took effect on %s", d, model.PolicyInForce)}})
	}
	return d, nil
}
