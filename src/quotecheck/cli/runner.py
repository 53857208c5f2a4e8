"""A verification run as the shell sees it: options parsed once into a frozen dataclass,
turned into settings, articles and a policy, then handed to the core pipeline."""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from quotecheck.articles.web import is_web_address, web_reader
from quotecheck.cli.ahead import RenderAhead
from quotecheck.cli.config import Settings, load_settings, parse_verdicts
from quotecheck.cli.inputs import STDIN, Selection, collect_inputs, name_inputs
from quotecheck.cli.limits import job_count
from quotecheck.cli.options import RunOptions
from quotecheck.cli.policy import Policy
from quotecheck.errors import ConfigError
from quotecheck.findings import ArticleResult, Report
from quotecheck.models import ArticleFile, ArticleInput

if TYPE_CHECKING:
    from quotecheck.report.registry import RenderOptions

Progress = Callable[[ArticleResult], None]


def start_folder(paths: tuple[str, ...]) -> Path:
    """Where config discovery starts: the first article's folder."""
    first = next((Path(p) for p in paths if p != STDIN and not is_web_address(p)), None)
    if first is None:
        return Path.cwd()
    return first if first.is_dir() else first.parent


def file_settings(options: RunOptions, env: Mapping[str, str]) -> Settings:
    """The config file's settings, overridden by the command-line options."""
    base = load_settings(options.config, start_folder(options.paths), env)
    network = replace(base.network, offline=options.offline, refresh=options.refresh,
                      allow_private=options.allow_private or base.network.allow_private)
    settings = replace(base, sources=base.sources + _given_sources(options.sources),
                       network=network,
                       root=str(options.root.resolve()) if options.root else None)
    if options.no_archive:
        settings = replace(settings, archive=replace(settings.archive, enabled=False))
    if options.copies is not None:
        settings = replace(settings, copies=replace(settings.copies, enabled=options.copies))
    if options.check_all_quoted:
        settings = replace(settings, check_all_quoted=True)
    return settings


def _given_sources(sources: tuple[str, ...]) -> tuple[str, ...]:
    """``--source`` values, each a web address or a file that exists."""
    for source in sources:
        if not source.lower().startswith(("http://", "https://")) and not Path(source).is_file():
            raise ConfigError(f"--source {source}: no such file")
    return sources


def policy_for(options: RunOptions, settings: Settings) -> Policy:
    """The pass/fail policy: ``--fail-on`` else the config's, ``--strict``, the baseline."""
    fail_on = (parse_verdicts(options.fail_on, "--fail-on") if options.fail_on is not None
               else settings.fail_on)
    return Policy(fail_on=fail_on, strict=options.strict, exit_zero=options.exit_zero,
                  baseline=options.baseline)


def _selection(options: RunOptions, settings: Settings) -> Selection:
    """Which files are articles: the options' and the config's include/exclude."""
    base = Path(settings.origin).parent.absolute() if settings.origin else None
    return Selection(options.include or settings.include,
                     options.exclude + settings.exclude, base)


def read_inputs(options: RunOptions, settings: Settings, stdin: bytes | None
                ) -> list[ArticleInput]:
    """The articles the options name, as the config's include/exclude select them."""
    return collect_inputs(options.paths, stdin, options.stdin_filename,
                          _selection(options, settings), changed_since=options.changed_since,
                          web=web_reader(settings.network, settings.cache))


def named_inputs(options: RunOptions, settings: Settings, stdin: bytes | None
                 ) -> list[ArticleInput | ArticleFile]:
    """The same articles, each file left unread (the ``--jobs`` workers read them)."""
    return list(name_inputs(options.paths, stdin, options.stdin_filename,
                            _selection(options, settings), changed_since=options.changed_since,
                            web=web_reader(settings.network, settings.cache)))


def verify(options: RunOptions, stdin: bytes | None, env: Mapping[str, str]
           ) -> tuple[Report, Policy]:
    """Verify the articles: the report (baseline applied) and the policy that judges it."""
    report, view = verify_view(options, stdin, env)
    return report, view.policy


def verify_view(options: RunOptions, stdin: bytes | None, env: Mapping[str, str],
                formats: Collection[str] = ()) -> tuple[Report, RenderOptions]:
    """Verify the articles: the report (baseline applied) and how to render it (the
    policy, ``--show-all`` or the config's, the github warning cap); with ``--jobs``, the
    report's ``formats`` are readied as the results come in (see :mod:`.ahead`)."""
    from quotecheck.cli.progress import article_progress
    from quotecheck.pipeline import run_verify
    from quotecheck.report.registry import RenderOptions

    settings = file_settings(options, env)
    policy = policy_for(options, settings)
    jobs = job_count(options.jobs)  # at most one worker per CPU
    inputs = (read_inputs(options, settings, stdin) if jobs <= 1
              else named_inputs(options, settings, stdin))
    ahead = RenderAhead(formats) if jobs > 1 else None
    with article_progress(len(inputs), sys.stderr, env) as progress:
        report = run_verify(inputs, settings.check, jobs=jobs, progress=_both(progress, ahead),
                            planned=progress.planned if progress else None)
    view = RenderOptions(policy=policy, show_all=options.show_all or settings.output.show_all,
                         max_warnings=settings.output.github_max_warnings,
                         prepared=ahead.prepared if ahead else None)
    return policy.apply_baseline(report), view


def _both(first: Progress | None, second: Progress | None) -> Progress | None:
    """A callback that calls each of ``first`` and ``second`` that is set."""
    if first is None or second is None:
        return first or second

    def both(result: ArticleResult) -> None:
        first(result)
        second(result)

    return both
