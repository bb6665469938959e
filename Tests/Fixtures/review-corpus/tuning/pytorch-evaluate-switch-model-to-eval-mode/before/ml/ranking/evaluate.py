import torch
from torch.utils.data import DataLoader

from .metrics import ndcg_at_k


def evaluate(model: torch.nn.Module, loader: DataLoader, device: torch.device, k: int = 10) -> dict:
    """Compute mean loss and NDCG@k over a validation loader."""
    loss_fn = torch.nn.BCEWithLogitsLoss()
    total_loss, total_ndcg, batches = 0.0, 0.0, 0

    with torch.no_grad():
        for features, labels, groups in loader:
            features, labels = features.to(device), labels.to(device)
            logits = model(features).squeeze(-1)
            total_loss += loss_fn(logits, labels.float()).item()
            total_ndcg += ndcg_at_k(logits.cpu(), labels.cpu(), groups, k=k)
            batches += 1

    return {"loss": total_loss / max(batches, 1), f"ndcg@{k}": total_ndcg / max(batches, 1)}
