import io

import torch
from PIL import Image
from torchvision import transforms

from serving.labels import LABELS

_transform = transforms.Compose([
    transforms.Resize(256),
    transforms.CenterCrop(224),
    transforms.ToTensor(),
])


class Predictor:
    def __init__(self, weights_path: str, device: str = "cpu"):
        self.device = torch.device(device)
        self.model = torch.jit.load(weights_path, map_location=self.device)

    def predict(self, image_bytes: bytes) -> dict:
        image = Image.open(io.BytesIO(image_bytes)).convert("RGB")
        batch = _transform(image).unsqueeze(0).to(self.device)
        logits = self.model(batch)
        probs = torch.softmax(logits, dim=1)[0]
        score, idx = probs.max(dim=0)
        return {"label": LABELS[idx.item()], "score": round(score.item(), 4)}