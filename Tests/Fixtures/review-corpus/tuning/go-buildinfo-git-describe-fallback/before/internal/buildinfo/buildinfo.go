package buildinfo

import (
	"runtime/debug"
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
	return "dev"
}
