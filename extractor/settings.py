"""Settings: built once, from command-line flags and the environment, and passed down.

Nothing below the entry points (the CLI, the service, the eval harness) reads the environment for
these: the data directory a user names with `--data-dir` is the one the store, the index and the
LLM cache use. A value that does not parse is a user's mistake, reported in one Chinese line
(`SettingsError`, exit 2 / no server start), never a traceback.

| variable | meaning | default |
|---|---|---|
| XXGK_DATA_DIR | data directory (store, index, LLM cache) — `--data-dir` wins | ./.xxgk |
| XXGK_LLM_MODEL | enables the LLM | – |
| OPENAI_BASE_URL / OPENAI_API_KEY | the OpenAI-compatible endpoint | OpenAI / "none" |
| XXGK_LLM_MODE | json · md_json · tools · json_schema | json |
| XXGK_LLM_PASS | lean (only what the rules leave open) · always — `--llm=always` wins | lean |
| XXGK_LLM_TOKEN_BUDGET | tokens per report / per question | 30000 |
| XXGK_LLM_MAX_RETRIES | re-asks after an invalid answer | 2 |
| XXGK_LLM_TIMEOUT | seconds per call, total (every byte, every re-ask) | 60 |
| XXGK_LLM_REPORT_TIMEOUT | seconds of LLM calls per report, total | 180 |
| XXGK_LLM_MAX_RESPONSE_BYTES | bytes one call may receive | 1000000 |
| XXGK_MAX_UPLOAD_BYTES | upload cap of the service | 20 MB |
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .llm_client import MODES, LLMConfig
from .schema import ExtractError

DEFAULT_DATA_DIR = ".xxgk"
DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024
LLM_FLAG_VALUES = ("on", "lean", "always")  # --llm, --llm=lean, --llm=always
N = TypeVar("N", int, float)


class SettingsError(ExtractError):
    """A flag or environment variable that cannot be used (exit 2, like any unusable input)."""

    def __init__(self, message: str, code: str = "bad_setting"):
        super().__init__(message, code)


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    llm: LLMConfig | None = None  # None: rules only
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD

    @classmethod
    def load(
        cls,
        env: Mapping[str, str] | None = None,
        *,
        data_dir: str | os.PathLike | None = None,
        llm: str | bool | None = None,
    ) -> Settings:
        """`data_dir`: the --data-dir flag. `llm`: the --llm flag — None (not given: the LLM runs when
        XXGK_LLM_MODEL is set), False (--no-llm), "on" / "lean" / "always" (required, and how)."""
        env = os.environ if env is None else env
        root = Path(data_dir or env.get("XXGK_DATA_DIR") or DEFAULT_DATA_DIR)
        return cls(
            data_dir=root,
            llm=_llm(env, root, llm),
            max_upload_bytes=_number(env, "XXGK_MAX_UPLOAD_BYTES", int, DEFAULT_MAX_UPLOAD),
        )


def _llm(env: Mapping[str, str], root: Path, flag: str | bool | None) -> LLMConfig | None:
    if flag is False:
        return None
    model = (env.get("XXGK_LLM_MODEL") or "").strip()
    if not model:
        if flag is not None:
            raise SettingsError(
                "要求使用 LLM（--llm），但未配置 XXGK_LLM_MODEL / OPENAI_BASE_URL", "llm_not_configured"
            )
        return None
    mode = (env.get("XXGK_LLM_MODE") or "json").strip().lower()
    if mode not in MODES:
        raise SettingsError(f"环境变量 XXGK_LLM_MODE 应为 {' / '.join(MODES)} 之一，实际为「{mode}」")
    passes = flag if flag in ("lean", "always") else (env.get("XXGK_LLM_PASS") or "lean").strip().lower()
    if passes not in ("lean", "always"):
        raise SettingsError(f"环境变量 XXGK_LLM_PASS 应为 lean 或 always，实际为「{passes}」")
    return LLMConfig(
        model=model,
        base_url=env.get("OPENAI_BASE_URL") or None,
        api_key=env.get("OPENAI_API_KEY") or "none",
        mode=mode,
        passes=passes,  # type: ignore[arg-type]  # both checked above
        token_budget=_number(env, "XXGK_LLM_TOKEN_BUDGET", int, 30000),
        max_retries=_number(env, "XXGK_LLM_MAX_RETRIES", int, 2, minimum=0),
        timeout=_number(env, "XXGK_LLM_TIMEOUT", float, 60.0),
        report_timeout=_number(env, "XXGK_LLM_REPORT_TIMEOUT", float, 180.0),
        max_response_bytes=_number(env, "XXGK_LLM_MAX_RESPONSE_BYTES", int, 1_000_000),
        cache_dir=root / "llm-cache",
    )


def _number(env: Mapping[str, str], name: str, kind: Callable[[str], N], default: N, minimum: float = 1e-9) -> N:
    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = kind(raw.strip())
    except ValueError:
        value = None
    if value is None or value != value or value < minimum or value == float("inf"):  # NaN, negative, inf
        what = "非负整数" if kind is int and minimum == 0 else ("正整数" if kind is int else "正数")
        raise SettingsError(f"环境变量 {name} 应为{what}，实际为「{raw}」")
    return value
