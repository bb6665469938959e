package com.northwind.sync.web;

import com.northwind.sync.snapshot.Snapshot;
import com.northwind.sync.snapshot.SnapshotService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.ObjectInputStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/devices/{deviceId}/snapshots")
public class SnapshotController {

    private final SnapshotService snapshots;

    public SnapshotController(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @PostMapping(consumes = "application/json")
    public ResponseEntity<Void> upload(@PathVariable String deviceId, @RequestBody Snapshot snapshot) {
        snapshots.store(deviceId, snapshot);
        return ResponseEntity.accepted().build();
    }

    // Desktop agents older than 4.2 still post the serialized Snapshot object as-is.
    @PostMapping(consumes = "application/x-java-serialized-object")
    public ResponseEntity<Void> uploadLegacy(@PathVariable String deviceId, HttpServletRequest request)
            throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
            Snapshot snapshot = (Snapshot) in.readObject();
            snapshots.store(deviceId, snapshot);
        }
        return ResponseEntity.accepted().build();
    }
}
