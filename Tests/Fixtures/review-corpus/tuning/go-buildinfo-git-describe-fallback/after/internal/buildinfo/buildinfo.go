package buildinfo

import (
	"os/exec"
	"runtime/debug"
	"strings"
)

// Version is overridden at link time with -ldflags "-X .../buildinfo.Version=v1.2.3".
var Version = ""

// Resolve returns the best available version string for the running binary.
func Resolve() string {
	if Version != "" {
		return Version
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				return "dev-" + s.Value[:12]
			}
		}
	}
	// `go run` inside a checkout has no vcs stamp; ask git directly.
	if out, err := exec.Command("git", "describe", "--tags", "--always", "--dirty").Output(); err == nil {
		if v := strings.TrimSpace(string(out)); v != "" {
			return v
		}
	}
	return "dev"
}
