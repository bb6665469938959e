package main

import (
	"crypto/sha256"
	"crypto/tls"
	"database/sql"
	"fmt"
	"net/http"
	"os/exec"
	"path/filepath"
)

func user(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	q := fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", r.URL.Query().Get("name"))
	rows, _ := db.Query(q)
	defer rows.Close()
}

func convert(w http.ResponseWriter, r *http.Request) {
	out, _ := exec.Command("sh", "-c", "convert "+r.FormValue("file")).Output()
	w.Write(out)
}

func download(w http.ResponseWriter, r *http.Request) {
	http.ServeFile(w, r, filepath.Join("/srv/files", r.URL.Query().Get("name")))
}

func client() *http.Client {
	cfg := &tls.Config{}
	cfg.InsecureSkipVerify = true
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func hash(password string) [32]byte {
	return sha256.Sum256([]byte(password))
}
