"""Train the HiFi-GAN-style vocoder on ground-truth mels (random segments).

    /usr/bin/python3 -m narrator_tts.train_vocoder --run RUN [--cache CACHE] [--config default|tiny]
        [--max-steps N] [--max-minutes M] [--batch B] [--frames 32] [--adversarial-from STEP]
        [--discriminators hifigan|mrd] [--comb-weight W] [--init-bundle voices/default] [--pitch-source 8]

Generator loss: 45 x mel L1 + multi-resolution STFT + least-squares adversarial + 2 x feature
matching (+ W x the frame-rate comb loss of buzz.py, off by default); discriminators: multi-period
(2, 3, 5, 7, 11) and multi-scale (3), or with --discriminators mrd one spectrogram discriminator per
STFT-loss resolution (cheap enough for a CPU). Before step --adversarial-from the discriminators are
idle and the generator learns from the mel and STFT losses alone: many times cheaper per step, which
is how a CPU run makes progress. With --pitch-source H the generator also takes the frame F0 (the
recording's pitch, interpolated and smoothed as the acoustic model's contour) through H sine harmonics;
started from a plain vocoder (--init-bundle), it begins as that vocoder and learns to use the source.
"""

from pathlib import Path

import torch

from .config import MEL, SAMPLE_RATE, get_config
from .data import load_index
from .datasets import TTSItems
from .buzz import comb_loss
from .discriminators import build_discriminators
from .losses import discriminator_loss, feature_matching, generator_adversarial, multi_resolution_stft
from .mel import MelSpectrogram
from .run import Run, common_args
from .vocoder import build_vocoder


def main() -> None:
    p = common_args(__doc__.splitlines()[0])
    p.add_argument("--frames", type=int, default=32, help="mel frames per training segment")
    p.add_argument("--adversarial-from", type=int, default=0,
                   help="first step that trains the discriminators and uses adversarial losses")
    p.add_argument("--discriminators", choices=["hifigan", "mrd"], default="hifigan",
                   help="hifigan: multi-period + multi-scale; mrd: multi-resolution spectrogram only (a CPU's)")
    p.add_argument("--comb-weight", type=float, default=0.0,
                   help="weight of the loss on the frame-rate comb (buzz.comb_loss) relative to the recording")
    p.add_argument("--pitch-source", type=int, default=0,
                   help="sine harmonics of an F0 input (0: a vocoder of the mel alone)")
    args = p.parse_args()
    run = Run(args, ["g_loss", "d_loss", "mel_l1", "stft", "adv", "fm", "comb"])
    part = "vocoder" if (Path(args.cache) / "vocoder" / "index.json").exists() else "tts"
    data = TTSItems(args.cache, load_index(args.cache, part), args.seed)
    cfg = get_config(args.config)
    if args.pitch_source:
        cfg["vocoder"]["source_harmonics"] = args.pitch_source
    gen = build_vocoder(cfg["vocoder"], MEL["nMels"]).to(run.device)
    disc = build_discriminators(args.discriminators, cfg["vocoder"]["disc_channels"]).to(run.device)
    mel_fn = MelSpectrogram(MEL, SAMPLE_RATE).to(run.device)
    opt_g = torch.optim.AdamW(gen.parameters(), args.lr, betas=(0.8, 0.99))
    opt_d = torch.optim.AdamW(disc.parameters(), args.lr, betas=(0.8, 0.99))
    models, optims = {"generator": gen, "discriminators": disc}, {"g": opt_g, "d": opt_d}
    run.resume(models, optims, {"generator": "vocoder.onnx"}, "vocoder")
    data.rng.seed(args.seed + run.step)
    extra = {"kind": "vocoder", "config": cfg, "config_name": args.config}
    print(f"vocoder: {sum(x.numel() for x in gen.parameters())} generator parameters, device {run.device}, "
          f"{len(data.index)} recordings from cache part '{part}'", flush=True)
    gen.train()
    while not run.done():
        batch = [t.to(run.device) for t in data.vocoder_batch(data.sample(args.batch), args.frames, MEL["hop"], bool(args.pitch_source))]
        mel, audio, f0 = batch if args.pitch_source else (*batch, None)
        adversarial = run.step >= args.adversarial_from
        with run.autocast():
            fake = gen(mel, f0).float()
        d_loss = adv = fm = comb = torch.zeros(())
        if adversarial:
            with run.autocast():
                d_loss = discriminator_loss(disc(audio), disc(fake.detach()))
            opt_d.zero_grad(set_to_none=True)
            d_loss.backward()
            opt_d.step()
        with run.autocast():
            # Against the recording's own mel, not the input: ground-truth-aligned input mels (gta.py)
            # are the acoustic model's smoother ones, and the vocoder must still give the recording.
            mel_l1 = torch.nn.functional.l1_loss(mel_fn(fake), mel_fn(audio))
            stft = multi_resolution_stft(fake, audio)
            g_loss = 45 * mel_l1 + stft
            if args.comb_weight:
                comb = comb_loss(fake, audio, MEL["hop"])
                g_loss = g_loss + args.comb_weight * comb
            if adversarial:
                real_outs, fake_outs = disc(audio), disc(fake)
                adv, fm = generator_adversarial(fake_outs), feature_matching(real_outs, fake_outs)
                g_loss = g_loss + adv + 2 * fm
        opt_g.zero_grad(set_to_none=True)
        g_loss.backward()
        opt_g.step()
        run.step += 1
        run.log({"g_loss": g_loss.item(), "d_loss": d_loss.item(), "mel_l1": mel_l1.item(), "stft": stft.item(),
                 "adv": float(adv), "fm": float(fm), "comb": float(comb)})
        if run.step % args.save_every == 0:
            run.save(models, optims, extra)
    run.save(models, optims, extra)
    print(f"vocoder: stopped at step {run.step}; checkpoint {run.checkpoint}", flush=True)


if __name__ == "__main__":
    main()
