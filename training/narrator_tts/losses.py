"""Losses: acoustic (mel L1, prior, duration; pitch and energy with prosody) and vocoder (mel L1,
multi-resolution STFT, least-squares adversarial, feature matching)."""

import torch
import torch.nn.functional as F

STFT_RESOLUTIONS = ((512, 128, 512), (1024, 256, 1024), (256, 64, 256))


def masked_mean(x, mask):
    return (x * mask).sum() / (mask.sum() * (x.numel() / mask.numel())).clamp(min=1.0)


def acoustic_losses(out: dict, mel):
    frame_mask, mask = out["frame_mask"], out["mask"].squeeze(1)
    mel_l1 = masked_mean((out["mel_hat"] - mel).abs(), frame_mask)
    prior = masked_mean(0.5 * (out["mu_frames"] - mel) ** 2, frame_mask)
    if "mu_prosody_frames" in out:  # the aligner's prior and the decoder's, weighted alike
        prior = 0.5 * (prior + masked_mean(0.5 * (out["mu_prosody_frames"] - mel) ** 2, frame_mask))
    target = torch.log(out["durations"].clamp(min=1.0)) * mask
    duration = ((out["log_d"] - target) ** 2 * mask).sum() / mask.sum()
    losses = {"loss": mel_l1 + prior + duration, "mel_l1": mel_l1, "prior": prior, "duration": duration}
    for name in ("pitch", "energy"):  # a prosody model's predictors
        if name in out:
            losses[name] = ((out[name + "_hat"] - out[name]) ** 2 * mask).sum() / mask.sum()
            losses["loss"] = losses["loss"] + losses[name]
    return losses


def stft_magnitude(x, n_fft, hop, win):
    window = torch.hann_window(win, device=x.device)
    spec = torch.stft(x.float(), n_fft, hop, win, window, return_complex=True)
    return spec.abs().clamp(min=1e-7)


def multi_resolution_stft(fake, real):
    total = 0.0
    for n_fft, hop, win in STFT_RESOLUTIONS:
        f, r = stft_magnitude(fake, n_fft, hop, win), stft_magnitude(real, n_fft, hop, win)
        convergence = torch.norm(r - f, p="fro") / torch.norm(r, p="fro").clamp(min=1e-7)
        total = total + convergence + F.l1_loss(torch.log(f), torch.log(r))
    return total / len(STFT_RESOLUTIONS)


def discriminator_loss(real_outs, fake_outs):
    loss = 0.0
    for (r, _), (f, _) in zip(real_outs, fake_outs):
        loss = loss + torch.mean((1 - r) ** 2) + torch.mean(f ** 2)
    return loss


def generator_adversarial(fake_outs):
    return sum(torch.mean((1 - f) ** 2) for f, _ in fake_outs)


def feature_matching(real_outs, fake_outs):
    loss = 0.0
    for (_, rf), (_, ff) in zip(real_outs, fake_outs):
        for r, f in zip(rf, ff):
            loss = loss + torch.mean(torch.abs(r.detach() - f))
    return loss
