"""What the player's face shows for each state of the pure player: the step, its
picture and countdown, what comes next, and the end page."""

from __future__ import annotations

from coach.app.routines.player_face import PlayerFace
from coach.app.style.design import scaled
from coach.core.advice import advice_described, tell_provider
from coach.core.i18n import translate
from coach.core.routines.player import Player, PlayerState, countdown_text
from coach.core.routines.time_left import time_left_words


def said_at_step(player: Player) -> str:
    """What a screen reader hears as a step begins: where it is and what it is."""
    text = translate("player", "Step {number} of {count}: {title}")
    return text.format(
        number=player.index + 1, count=len(player.routine.steps), title=player.step.title
    )


def show_player(face: PlayerFace, player: Player) -> None:
    if player.state is PlayerState.FINISHED and player.completed:
        _show_the_end(face, player)
        return
    steps = player.routine.steps
    step = player.step
    step_of = translate("player", "Step {number} of {count}")
    step_of = step_of.format(number=player.index + 1, count=len(steps))
    if face.calm:  # the way out, said where the eye starts (no Close button till the end)
        step_of = f"{step_of}  ·  {translate('player', 'Esc closes')}"
    face.step_of.setText(step_of)
    face.title.setText(step.title)
    face.picture.show_illustration(step.illustration, step.mirrored, face.dark)
    face.picture.setAccessibleName(translate("player", "Picture: {title}").format(title=step.title))
    face.instruction.setText(step.instruction)
    face.cue.setText(step.cue if player.cue_due() else "")
    remaining = player.remaining()
    paused = player.state is PlayerState.PAUSED
    timed = remaining is not None and step.seconds is not None
    face.ring.setVisible(timed)  # until it eases: no clock to watch, no stalled ring
    last = player.next_step is None
    if remaining is None or step.seconds is None:
        if last:
            shown = translate("player", "It has eased, finish ✓")
            name = translate("player", "It has eased, finish")
        else:
            shown = translate("player", "It has eased, next ▶")
            name = translate("player", "It has eased, next")
    else:
        text = countdown_text(remaining, step.seconds)
        face.ring.show_time(remaining / step.seconds, text, paused, time_left_words(remaining))
        if last:
            shown, name = translate("player", "Finish ✓"), translate("player", "Finish")
        else:
            shown, name = translate("player", "Next ▶"), translate("player", "Next step")
    face.next.setText(shown)
    face.next.setAccessibleName(name)  # what it says, without the arrow read as a shape
    # Steps behind, not seconds: the bar moves (and tells a screen reader) once a step.
    face.overall.setValue(round(1000 * player.index / len(steps)))
    following = player.next_step
    if following:
        face.up_next.setText(translate("player", "Next: {title}").format(title=following.title))
    else:
        face.up_next.setText(translate("player", "Last step"))
    pause = translate("player", "Resume") if paused else translate("player", "Pause")
    face.pause.setText(pause)
    face.pause.setAccessibleName(pause)  # named by what it will do now
    face.back.setEnabled(player.index > 0)


def _show_the_end(face: PlayerFace, player: Player) -> None:
    count = len(player.routine.steps)
    if player.skipped:  # said as it was: skipping through is not doing
        done = translate("player", "{done} of %n step(s) done", None, count)
        face.step_of.setText(done.format(done=player.done_count))
        face.title.setText(translate("player", "Done for now"))
        face.overall.setValue(round(1000 * player.done_count / count))
    else:
        face.step_of.setText(translate("player", "All %n step(s) done", None, count))
        face.title.setText(translate("player", "Well done"))
        face.overall.setValue(1000)
    rest = translate("player", "Rest now.")
    if face.calm:  # the advice in body type, so it fits whole at 200 %
        rest = f"{rest} {tell_provider()}"
        face.instruction.setFont(scaled(face.step_of.font(), 1.4))
        face.ring.hide()
    elif player.skipped:  # no tick for steps skipped: the count above says what was done
        face.ring.hide()
    else:
        face.ring.show_time(0.0, "✓", said=translate("player", "Done"))
        face.ring.show()
    face.instruction.setText(rest)
    if face.calm:  # said for what it is; the player announces the end page, advice and all
        face.instruction.setAccessibleDescription(advice_described())
    face.cue.setText("")
    face.picture.hide()
    face.up_next.setText("")
    for button in (face.back, face.pause, face.next):
        button.hide()
    face.log_button.setVisible(face.calm)
    face.close_button.show()
    default = face.log_button if face.calm else face.close_button
    default.setDefault(True)
    default.setFocus()
