//go:build unix

package main

import (
	"os/exec"
	"runtime"
	"syscall"
)

// peakRSS is the largest resident memory of a finished process, in bytes
// (ru_maxrss is KiB on Linux, bytes on macOS).
func peakRSS(cmd *exec.Cmd) int64 {
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return ru.Maxrss
	}
	return ru.Maxrss * 1024
}
