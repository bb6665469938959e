package objstore

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"os"
)

// BlobID returns the object id git would assign to the file's contents
// ("blob <size>\x00<content>" hashed with SHA-1). The mirror service compares
// these ids against `git ls-tree` output to skip files that did not change.
// SHA-1 is what git's object format uses; it is an identifier here, not a secret.
func BlobID(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()

	info, err := f.Stat()
	if err != nil {
		return "", err
	}

	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", info.Size())
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("hash %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Changed reports whether the working-tree file differs from the blob recorded in the index.
func Changed(path, indexID string) (bool, error) {
	id, err := BlobID(path)
	if err != nil {
		return false, err
	}
	return id != indexID, nil
}