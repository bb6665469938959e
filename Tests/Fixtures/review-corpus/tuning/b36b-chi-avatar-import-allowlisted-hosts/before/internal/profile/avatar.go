package profile

import (
	"bytes"
	"errors"
	"image"
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"

	"github.com/crewboard/api/internal/authn"
	"github.com/crewboard/api/internal/blobstore"
)

const maxAvatarBytes = 2 << 20 // 2 MiB

var errTooLarge = errors.New("avatar too large")

type AvatarHandler struct {
	Blobs blobstore.Store
	Users UserStore
}

func (h *AvatarHandler) Routes(r chi.Router) {
	r.Put("/me/avatar", h.upload)
}

// upload accepts a raw image body (Content-Type image/*).
func (h *AvatarHandler) upload(w http.ResponseWriter, r *http.Request) {
	user := authn.UserFrom(r.Context())
	data, err := readLimited(http.MaxBytesReader(w, r.Body, maxAvatarBytes+1))
	if err != nil {
		http.Error(w, "avatar must be an image under 2 MiB", http.StatusRequestEntityTooLarge)
		return
	}
	h.store(w, r, user.ID, data)
}

func (h *AvatarHandler) store(w http.ResponseWriter, r *http.Request, userID string, data []byte) {
	ctx := r.Context()
	_, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		http.Error(w, "unsupported image", http.StatusUnprocessableEntity)
		return
	}
	key := "avatars/" + userID + "." + format
	if err := h.Blobs.Put(ctx, key, bytes.NewReader(data), "image/"+format); err != nil {
		http.Error(w, "could not store avatar", http.StatusInternalServerError)
		return
	}
	if err := h.Users.SetAvatarKey(ctx, userID, key); err != nil {
		http.Error(w, "could not store avatar", http.StatusInternalServerError)
		return
	}
	render.JSON(w, r, map[string]string{"avatar": key})
}

func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxAvatarBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxAvatarBytes {
		return nil, errTooLarge
	}
	return data, nil
}
