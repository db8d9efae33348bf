"""The Linux accessibility bus (AT-SPI) in an end-to-end desktop, read as Orca reads it.

`at-spi-bus-launcher` starts the accessibility bus inside the desktop's session (the
registry comes with it), the screen-reader switch goes on (`org.a11y.Status`, what
Orca flips and Qt listens to), and the app's tree and events are read over the bus
with jeepney: pyatspi would need the system Python's gi. Every call has a timeout.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, MatchRule, MessageType, Properties, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.low_level import Message

from tests.e2e.desktop import Desktop, wait_for

LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
CALL = 5.0
"""Seconds any one call on a bus may take: an app that hangs fails the test, not CI."""

REGISTRY = "org.a11y.atspi.Registry"
ROOT = "/org/a11y/atspi/accessible/root"
ACCESSIBLE = "org.a11y.atspi.Accessible"
TEXT = "org.a11y.atspi.Text"
ACTION = "org.a11y.atspi.Action"
LABELLED_BY = 2
"""AT-SPI's relation type: this object is labelled by the targets."""
EVENTS = (
    # (match rule interface, member or None for all, the registry's name for it)
    ("org.a11y.atspi.Event.Object", "Announcement", "object:announcement"),
    ("org.a11y.atspi.Event.Object", "StateChanged", "object:state-changed"),
    ("org.a11y.atspi.Event.Object", "PropertyChange", "object:property-change"),
    ("org.a11y.atspi.Event.Object", "ChildrenChanged", "object:children-changed"),
    ("org.a11y.atspi.Event.Window", None, "window:"),
)
_STATE_WORDS = (
    "invalid active armed busy checked collapsed defunct editable enabled expandable "
    "expanded focusable focused has-tooltip horizontal iconified modal multi-line "
    "multiselectable opaque pressed resizable selectable selected sensitive showing "
    "single-line stale transient vertical visible manages-descendants indeterminate "
    "required truncated animated invalid-entry supports-autocompletion selectable-text "
    "is-default visited checkable has-popup read-only"
)
STATES = _STATE_WORDS.split()
"""AT-SPI's state names, in the order of its bit set (AtspiStateType)."""
CONTROLS = (
    "push button",
    "check box",
    "radio button",
    "combo box",
    "spin button",
    "spin box",
    "slider",
    "text",
    "entry",
)
"""The role names of the controls a person operates (Qt's line edits are "text" with the
editable state; Qt names a QSpinBox or a date field "spin box", others "spin button")."""


def launcher() -> str | None:
    """The installed at-spi-bus-launcher (None: at-spi2-core is not installed)."""
    found = [path for path in LAUNCHERS if Path(path).exists()]
    return found[0] if found else shutil.which("at-spi-bus-launcher")


@dataclass(frozen=True)
class Node:
    """One accessible object: the app's connection on the bus, and the object's path."""

    bus_name: str
    path: str


@dataclass
class Accessible:
    """What a screen reader reads of one object, and its children."""

    name: str
    role: str
    description: str
    states: set[str]
    text: str | None
    labels: list[str] = field(default_factory=list)
    """The names of the objects that label it (a combo box's, read with its value)."""
    children: list[Accessible] = field(default_factory=list)

    def walk(self) -> Iterator[Accessible]:
        yield self
        for child in self.children:
            yield from child.walk()

    def is_control(self) -> bool:
        """Something a person operates (a static label is "label", never "text")."""
        if self.role in ("text", "entry"):
            return "editable" in self.states
        return self.role in CONTROLS

    def controls(self, *, hidden_too: bool = False) -> list[tuple[str, str]]:
        """(role, name) of every control showing in this subtree (`hidden_too`: those on
        the pages of tabs not shown as well, which Qt keeps on the bus)."""
        return [
            (n.role, n.name)
            for n in self.walk()
            if n.is_control() and (hidden_too or "showing" in n.states)
        ]


@dataclass(frozen=True)
class Event:
    """One event as a screen reader receives it."""

    interface: str
    member: str
    detail: str
    data: Any
    source_name: str
    source_description: str
    value: int = 0
    """The event's first number: for a state change, 1 when the state came on."""
    source_role: str = ""


class AccessibilityBus:
    """The accessibility bus of one desktop, with the screen-reader switch on."""

    def __init__(self, desktop: Desktop) -> None:
        self.desktop = desktop
        self._launcher: subprocess.Popen[bytes] | None = None
        self._session: DBusConnection | None = None
        self.connection: DBusConnection | None = None
        self._bus_object = DBusAddress(
            "/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus"
        )

    def start(self) -> None:
        program = launcher()
        if program is None:
            raise RuntimeError("at-spi-bus-launcher is not installed (Debian: at-spi2-core)")
        # Its own runtime folder: the bus's socket would otherwise be the one every
        # desktop of this user shares (~/.cache/at-spi/bus).
        runtime = self.desktop.root / "a11y-runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env = {**self.desktop.env, "XDG_RUNTIME_DIR": str(runtime)}
        with (self.desktop.root / "at-spi.log").open("wb") as log:
            self._launcher = subprocess.Popen(
                [program, "--launch-immediately"], env=env, stdout=log, stderr=log
            )
        self._session = open_dbus_connection(self.desktop.env["DBUS_SESSION_BUS_ADDRESS"])
        address = wait_for(self._address, 20, "the accessibility bus")
        status = Properties(
            DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Status")
        )
        for switch in ("ScreenReaderEnabled", "IsEnabled"):
            self._session.send_and_get_reply(status.set(switch, "b", True), timeout=CALL)
        self.connection = open_dbus_connection(address)
        wait_for(self._registry_answers, 20, "the accessibility registry")

    def stop(self) -> None:
        for connection in (self.connection, self._session):
            if connection is not None:
                connection.close()
        if self._launcher is not None and self._launcher.poll() is None:
            self._launcher.terminate()
            try:
                self._launcher.wait(5)
            except subprocess.TimeoutExpired:
                self._launcher.kill()

    def _address(self) -> str | None:
        assert self._session is not None
        call = new_method_call(self._bus_object, "GetAddress")
        with suppress(Exception):
            reply = self._session.send_and_get_reply(call, timeout=CALL)
            if reply.header.message_type is MessageType.method_return and reply.body[0]:
                return str(reply.body[0])
        return None

    def _registry_answers(self) -> bool:
        with suppress(Exception):
            self.children(Node(REGISTRY, ROOT))
            return True
        return False

    # --- reading the tree ---------------------------------------------------------------

    def call(self, node: Node, interface: str, method: str, signature: str = "", *args: Any) -> Any:
        """A method of `node`'s, its reply's body; an error reply raises with its text."""
        assert self.connection is not None
        target = DBusAddress(node.path, bus_name=node.bus_name, interface=interface)
        message = new_method_call(target, method, signature or None, args)
        reply = self.connection.send_and_get_reply(message, timeout=CALL)
        if reply.header.message_type is MessageType.error:
            raise RuntimeError(f"{interface}.{method} on {node}: {reply.body}")
        return reply.body

    def property(self, node: Node, interface: str, name: str) -> Any:
        assert self.connection is not None
        target = DBusAddress(node.path, bus_name=node.bus_name, interface=interface)
        reply = self.connection.send_and_get_reply(Properties(target).get(name), timeout=CALL)
        if reply.header.message_type is MessageType.error:
            raise RuntimeError(f"{interface}.{name} of {node}: {reply.body}")
        return reply.body[0][1]

    def children(self, node: Node) -> list[Node]:
        return [Node(*child) for child in self.call(node, ACCESSIBLE, "GetChildren")[0]]

    def name(self, node: Node) -> str:
        return str(self.property(node, ACCESSIBLE, "Name"))

    def apps(self) -> list[tuple[str, int, Node]]:
        """The applications on the bus (the registry's children): name, process, root."""
        assert self.connection is not None
        found = []
        for app in self.children(Node(REGISTRY, ROOT)):
            with suppress(Exception):  # one that just left
                asked = message_bus.GetConnectionUnixProcessID(app.bus_name)
                pid = self.connection.send_and_get_reply(asked, timeout=CALL).body[0]
                found.append((self.name(app), int(pid), app))
        return found

    def app(self, process: int, timeout: float = 30) -> Node:
        """The root of the app run by `process`, once it is on the bus (an app of the
        same name a test before left may still be quitting)."""

        def there() -> Node | None:
            return next((node for _, pid, node in self.apps() if pid == process), None)

        try:
            root: Node = wait_for(there, timeout, f"process {process} on the a11y bus")
            return root
        except TimeoutError as error:
            raise TimeoutError(f"{error}; there: {self.apps()}") from None

    def windows(self, app: Node) -> dict[str, Node]:
        """The app's top-level objects (its windows), by name."""
        return {self.name(window): window for window in self.children(app)}

    def window(self, app: Node, name: str, timeout: float = 20) -> Node:
        """The app's window whose name contains `name`, once it is there."""

        def there() -> Node | None:
            return next((node for seen, node in self.windows(app).items() if name in seen), None)

        try:
            window: Node = wait_for(there, timeout, f"the window {name!r} on the a11y bus")
            return window
        except TimeoutError as error:
            raise TimeoutError(f"{error}; there: {sorted(self.windows(app))}") from None

    def find(self, node: Node, name: str, role: str, depth: int = 40) -> Node | None:
        """The first object under `node` (itself included) with this name and role."""
        if self.name(node) == name and self.call(node, ACCESSIBLE, "GetRoleName")[0] == role:
            return node
        if depth > 0:
            for child in self.children(node):
                found = self.find(child, name, role, depth - 1)
                if found is not None:
                    return found
        return None

    def press(self, node: Node) -> None:
        """Do the object's first action (a page tab's Press), as a screen reader user
        does from the reader's own keys."""
        self.call(node, ACTION, "DoAction", "i", 0)

    def labelled_by(self, node: Node) -> list[str]:
        """The names of the objects a "labelled by" relation of `node` points to: on Linux
        Qt names a combo box by its value and ties its label to it this way."""
        relations = self.call(node, ACCESSIBLE, "GetRelationSet")[0]
        return [
            self.name(Node(str(bus_name), str(path)))
            for kind, targets in relations
            if kind == LABELLED_BY
            for bus_name, path in targets
        ]

    def read(self, node: Node, depth: int = 40) -> Accessible:
        """`node` and everything under it, as a screen reader reads it."""
        states = self.call(node, ACCESSIBLE, "GetState")[0]
        bits = sum(word << (32 * index) for index, word in enumerate(states))
        text = None
        if TEXT in self.call(node, ACCESSIBLE, "GetInterfaces")[0]:
            text = str(self.call(node, TEXT, "GetText", "ii", 0, -1)[0])
        role = str(self.call(node, ACCESSIBLE, "GetRoleName")[0])
        return Accessible(
            name=self.name(node),
            role=role,
            labels=self.labelled_by(node) if role == "combo box" else [],
            description=str(self.property(node, ACCESSIBLE, "Description")),
            states={state for index, state in enumerate(STATES) if bits >> index & 1},
            text=text,
            children=[self.read(child, depth - 1) for child in self.children(node)]
            if depth > 0
            else [],
        )

    # --- events ----------------------------------------------------------------------------

    @contextmanager
    def events(self) -> Iterator[EventLog]:
        """Events from now on, as a screen reader registers for them (Qt sends only those
        some listener asked the registry for)."""
        assert self.connection is not None
        registry = Node(REGISTRY, "/org/a11y/atspi/registry")
        rules = [MatchRule(type="signal", interface=i, member=m) for i, m, _ in EVENTS]
        log = EventLog(self)
        with self.connection.filter(MatchRule(type="signal"), queue=log.queue):
            for rule in rules:
                self.connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL)
            for _, _, name in EVENTS:
                self.call(registry, REGISTRY, "RegisterEvent", "sass", name, [], "")
            try:
                yield log
            finally:
                for _, _, name in EVENTS:
                    with suppress(Exception):
                        self.call(registry, REGISTRY, "DeregisterEvent", "s", name)
                for rule in rules:
                    with suppress(Exception):
                        self.connection.send_and_get_reply(
                            message_bus.RemoveMatch(rule), timeout=CALL
                        )


class EventLog:
    """The events received so far; `wait` receives more."""

    def __init__(self, bus: AccessibilityBus) -> None:
        from collections import deque

        self.bus = bus
        self.queue: deque[Message] = deque()
        self.seen: list[Event] = []

    def _take(self) -> None:
        while self.queue:
            message = self.queue.popleft()
            fields = message.header.fields
            interface = str(fields.get(_field("interface"), ""))
            if not interface.startswith("org.a11y.atspi.Event."):
                continue
            node = Node(str(fields[_field("sender")]), str(fields[_field("path")]))
            name = description = role = ""
            with suppress(Exception):  # the source may be gone already
                name = self.bus.name(node)
                description = str(self.bus.property(node, ACCESSIBLE, "Description"))
                role = str(self.bus.call(node, ACCESSIBLE, "GetRoleName")[0])
            detail, value, _, data = message.body[:4]
            member = str(fields[_field("member")])
            self.seen.append(
                Event(interface, member, str(detail), data[1], name, description, int(value), role)
            )

    def wait(
        self, found: Callable[[Event], bool], timeout: float, what: str, since: int = 0
    ) -> Event:
        """The first event from the `since`th on for which `found(event)` is true,
        receiving until `timeout`."""
        assert self.bus.connection is not None
        connection = self.bus.connection

        def arrived() -> Event | None:
            with suppress(TimeoutError):
                connection.recv_messages(timeout=0.2)
            self._take()
            return next((event for event in self.seen[since:] if found(event)), None)

        try:
            event: Event = wait_for(arrived, timeout, what, step=0)
            return event
        except TimeoutError as error:
            names = sorted({f"{e.interface.rsplit('.', 1)[1]}:{e.member}" for e in self.seen})
            raise TimeoutError(f"{error}; seen: {names}") from None


def _field(name: str) -> Any:
    from jeepney import HeaderFields

    return getattr(HeaderFields, name)


@contextmanager
def accessibility_bus(desktop: Desktop) -> Iterator[AccessibilityBus]:
    bus = AccessibilityBus(desktop)
    try:
        bus.start()
        yield bus
    finally:
        bus.stop()
