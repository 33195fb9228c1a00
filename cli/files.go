package cli

import (
	"io"
	"os"
	"path/filepath"

	"huiqi/model/msg"
	"huiqi/model/safefile"
)

// writeFileAtomic writes data to path through a private temporary file in
// the same folder and a rename, so a failure (disk full, bad encoding, a
// crash) never leaves a half-written output where the user expects a good
// one, and the file (it may hold ID numbers) is readable by its owner only,
// from its first byte. A path that is not a regular file (/dev/stdout, a
// pipe) is written directly: a rename would replace it. A folder is refused.
func writeFileAtomic(path string, data []byte) error {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return badFile(path, msg.Errorf("这是一个文件夹，请给出输出文件名", "this is a folder: name the output file"))
	} else if err == nil && !st.Mode().IsRegular() {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
		if err != nil {
			return outputError(path, err)
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			return outputError(path, err)
		}
		return outputError(path, f.Close())
	}
	return outputError(path, safefile.WriteAtomic(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}))
}

// outputError names the output file in a failure to write it; a problem
// of the machine or the place (full disk, read-only folder) is the user's
// environment: exit 2.
func outputError(path string, err error) error {
	if err == nil {
		return nil
	}
	if m := safefile.Explain(path, err); m != nil {
		return badFile(path, m)
	}
	return badFile(path, msg.Errorf("无法写入输出文件：%v", "cannot write the output file: %v", err))
}

// notTheDatabase refuses an output path that is the database itself (or
// its WAL companions, even before they exist): writing a PDF or JSON there
// would destroy the firm.
func notTheDatabase(out, db string) error {
	if out == "" || db == "" {
		return nil
	}
	refuse := badFile(out, msg.Errorf("输出文件不能是数据库文件本身（或其 -wal、-shm 文件）", "the output file cannot be the database file itself (or its -wal or -shm file)"))
	o, err := os.Stat(out)
	for _, p := range []string{db, db + "-wal", db + "-shm", db + "-journal"} {
		if same(out, p) {
			return refuse
		}
		if d, derr := os.Stat(p); err == nil && derr == nil && os.SameFile(o, d) {
			return refuse
		}
	}
	return nil
}

// same reports whether two paths name the same place, as written.
func same(a, b string) bool {
	pa, err1 := filepath.Abs(a)
	pb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && pa == pb
}
