package com.acme.planner.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.acme.planner.model.BoardSnapshot;
import com.acme.planner.service.BoardService;

@RestController
public class SnapshotController {

    private final BoardService boards;
    private final Path snapshotDir;

    public SnapshotController(BoardService boards, PlannerProperties props) {
        this.boards = boards;
        this.snapshotDir = props.getSnapshotDir();
    }

    private BoardSnapshot readSnapshot(byte[] data) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return (BoardSnapshot) in.readObject();
        }
    }

    @GetMapping("/boards/{id}/restore-nightly")
    public ResponseEntity<Void> restoreNightly(@PathVariable long id) throws Exception {
        byte[] data = Files.readAllBytes(snapshotDir.resolve(id + ".bin"));
        boards.restore(id, readSnapshot(data));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/boards/{id}/import")
    public ResponseEntity<Void> importSnapshot(@PathVariable long id, @RequestBody byte[] body) throws Exception {
        boards.restore(id, readSnapshot(body));
        return ResponseEntity.noContent().build();
    }
}