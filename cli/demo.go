package cli

import (
	"errors"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/msg"
	"huiqi/model/store"
)

// runDemo: huiqi demo --db FILE
func runDemo(env *Env, args []string) error {
	fs := newFlags("demo")
	dbf := newDBFlags(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	db, err := dbf.target()
	if err != nil {
		return err
	}
	if db == "" || len(pos) != 0 {
		return usagef("需要 --db FILE", "need --db FILE")
	}
	sc := demo.Scenario(civil.Today())
	if errs := model.Validate(sc); len(errs) > 0 {
		return errs // a bug in the demo, not the user's input
	}
	err = intoDatabase(env, db, func(s store.Store) error { return s.Import(env.Ctx, sc, false) })
	if errors.Is(err, store.ErrFirmExists) {
		return badDB(db, msg.Errorf("数据库中已有企业数据，演示数据不会覆盖它；请换一个文件名",
			"the database already holds a firm and the demo will not overwrite it: choose another file name"))
	}
	return err
}
