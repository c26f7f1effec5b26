"""Train the speaker encoder (AAM-softmax over speakers, random 2 s segments).

    /usr/bin/python3 -m narrator_tts.train_encoder --run RUN [--cache CACHE] [--config default|tiny]
        [--max-steps N] [--max-minutes M] [--batch B]
"""

import torch

from .config import EMBEDDING_SIZE, FEATURES, get_config
from .data import load_index
from .datasets import EncoderSegments
from .encoder import AAMSoftmax, build_encoder
from .run import Run, common_args


def main() -> None:
    p = common_args(__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=2.0, help="segment length")
    args = p.parse_args()
    run = Run(args, ["loss", "accuracy"])
    data = EncoderSegments(args.cache, load_index(args.cache, "encoder"), args.seconds, FEATURES, args.seed)
    cfg = get_config(args.config)
    model = build_encoder(cfg["encoder"], FEATURES["nMels"], EMBEDDING_SIZE).to(run.device)
    head = AAMSoftmax(EMBEDDING_SIZE, len(data.speakers)).to(run.device)
    optim = torch.optim.AdamW(list(model.parameters()) + list(head.parameters()), lr=args.lr * 5, weight_decay=1e-4)
    models, optims = {"encoder": model, "head": head}, {"optim": optim}
    run.resume(models, optims)
    data.rng.seed(args.seed + run.step)  # a resumed run draws new segments
    extra = {"kind": "encoder", "config": cfg, "config_name": args.config, "speakers": data.speakers}
    print(f"encoder: {sum(x.numel() for x in model.parameters())} parameters, {len(data.speakers)} speakers, device {run.device}", flush=True)
    model.train()
    while not run.done():
        feats, lengths, labels = data.batch(args.batch)
        feats, lengths, labels = feats.to(run.device), lengths.to(run.device), labels.to(run.device)
        with run.autocast():
            loss, acc = head(model(feats, lengths).float(), labels)
        optim.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        optim.step()
        run.step += 1
        run.log({"loss": loss.item(), "accuracy": acc.item()})
        if run.step % args.save_every == 0:
            run.save(models, optims, extra)
    run.save(models, optims, extra)
    print(f"encoder: stopped at step {run.step}; checkpoint {run.checkpoint}", flush=True)


if __name__ == "__main__":
    main()
