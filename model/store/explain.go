package store

import (
	"errors"
	"path/filepath"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"huiqi/model/msg"
	"huiqi/model/safefile"
)

// explain turns a failure of SQLite or of the file system on the database
// at path into a FileError that says, in Chinese and English, what happened
// and what to do: locked (who may hold it), damaged (restore from the
// backups folder, listed), disk full (free space; nothing was changed),
// read-only (where). Errors it does not recognise, and the store's own
// messages, come back as they were.
func explain(path string, err error) error {
	if err == nil {
		return nil
	}
	var fe *FileError
	if errors.As(err, &fe) {
		return err
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		if m := sqliteProblem(path, se); m != nil {
			return &FileError{path, m}
		}
	}
	if m := safefile.Explain(path, err); m != nil {
		return &FileError{path, m}
	}
	return err
}

func sqliteProblem(path string, se *sqlite.Error) *msg.Error {
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return Locked()
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return damaged(path)
	case sqlite3.SQLITE_FULL:
		return safefile.DiskFull()
	case sqlite3.SQLITE_READONLY:
		return msg.Errorf("数据库文件是只读的，无法修改：请检查 %s 及其所在文件夹 %s 的权限，或把文件复制到可写的文件夹",
			"the database cannot be changed, it is read-only: check the permissions of %s and of its folder %s, or copy it to a folder that can be written",
			filepath.Base(path), filepath.Dir(path))
	case sqlite3.SQLITE_CANTOPEN:
		return msg.Errorf("无法打开数据库文件：请检查文件及其所在文件夹 %s 是否存在、是否有权限", "cannot open the database file: check that it and its folder %s exist and may be used", filepath.Dir(path))
	case sqlite3.SQLITE_IOERR:
		if strings.Contains(se.Error(), "full") {
			return safefile.DiskFull()
		}
		return msg.Errorf("读写数据库文件时出错（磁盘可能已满、已拔出或已损坏）：请检查磁盘后重试；未完成的修改没有保存",
			"reading or writing the database failed (the disk may be full, removed or failing): check the disk and try again; the unfinished change was not saved")
	case sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH:
		return msg.Errorf("没有权限使用数据库文件：请检查 %s 的权限", "no permission to use the database file: check the permissions of %s", filepath.Dir(path))
	}
	return nil
}

// Locked is the message of a database another process is writing.
func Locked() *msg.Error {
	return msg.Errorf("数据库正被另一个惠企申报助手窗口或其他程序（如备份或同步软件）使用，等待后仍未释放：请关闭它或稍后重试",
		"the database is in use by another Huiqi window or another program (a backup or sync tool, say) and was not released in time: close it or try again later")
}

// damaged says the file is corrupt and lists the backups to restore from.
func damaged(path string) *msg.Error {
	dir := BackupDir(path)
	list, _ := ListBackups(path)
	if len(list) == 0 {
		return msg.Errorf("数据库文件已损坏，且备份文件夹 %s 中没有备份：请从您自己的备份中恢复此文件",
			"the database file is damaged and the backups folder %s holds no backup: restore the file from a copy of your own", dir)
	}
	names := make([]string, 0, 3)
	for _, b := range list[:min(3, len(list))] {
		names = append(names, filepath.Base(b))
	}
	return msg.Errorf("数据库文件已损坏：请从备份文件夹 %s 恢复（“文件”›“恢复备份”，最新的备份：%s）",
		"the database file is damaged: restore it from the backups folder %s (File › Restore backup; newest: %s)",
		dir, strings.Join(names, ", "))
}

// cannotOpen reports an error of SQLite that means it could not open a
// file it needs (the -shm of a WAL database in a read-only folder).
func cannotOpen(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	c := se.Code() & 0xff
	return c == sqlite3.SQLITE_CANTOPEN || c == sqlite3.SQLITE_READONLY || c == sqlite3.SQLITE_IOERR
}
