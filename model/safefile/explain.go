package safefile

import (
	"errors"
	"io/fs"
	"path/filepath"
	"syscall"

	"huiqi/model/msg"
)

// Explain says in both languages what went wrong with the file at path
// when err is a problem of the machine or of where the file is (a full disk,
// a read-only place, no permission, a folder where a file was named, a
// missing folder) and what to do about it; nil for any other error. These
// are the user's environment, not a defect: the command line exits 2.
func Explain(path string, err error) *msg.Error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT):
		return DiskFull()
	case errors.Is(err, syscall.EROFS):
		return msg.Errorf("%s 所在的位置是只读的（%s）：请换一个可以写入的文件夹", "%s is on a read-only place (%s): choose a folder that can be written",
			path, filepath.Dir(path))
	case errors.Is(err, syscall.EISDIR):
		return msg.Errorf("%s 是一个文件夹，请给出文件名", "%s is a folder: name a file", path)
	case errors.Is(err, fs.ErrPermission):
		return msg.Errorf("没有权限访问 %s：请检查文件和文件夹 %s 的权限，或换一个位置", "no permission to use %s: check the permissions of the file and of the folder %s, or choose another place",
			path, filepath.Dir(path))
	case errors.Is(err, syscall.ENOTDIR):
		return msg.Errorf("%s 的上级路径中有一个不是文件夹", "a part of the path %s is not a folder", path)
	case errors.Is(err, fs.ErrNotExist):
		return msg.Errorf("找不到 %s（或其所在的文件夹 %s）", "%s does not exist (or its folder %s does not)", path, filepath.Dir(path))
	}
	return nil
}

// DiskFull is the message of a write that ran out of space.
func DiskFull() *msg.Error {
	return msg.Errorf("磁盘空间已满：请释放空间后重试；文件没有任何改动", "the disk is full: free some space and try again; nothing was changed")
}
