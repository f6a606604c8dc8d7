"""Actions decided at meetings and the action plans of open cases (the plan sync).

* An action of an item about a young person with an OPEN case creates an item in that
  case's action plan, linked from the action (``meeting_action.action_item_id``); saving
  the agenda item again updates the linked plan item.
* Removing the action (or its agenda item, or the meeting) deletes the linked plan item
  only while it is still planned, its case is open and no other meeting's action links to
  it (a carried-over action shares the plan item of the action it was carried from);
  otherwise the plan item is kept and the action just unlinked.
* A plan item of a closed case is never changed from a meeting (closed cases are read-only).
* Reading actions back, a linked action has its plan item's live status, so carry-over
  sees what was done.

Items without a young person, or whose young person has no open case, keep their actions
in the minutes only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sspf_desk.domain import ActionItemInput, ActionStatus, AgendaItem, CaseStatus
from sspf_desk.store import repo_cases, repo_meetings
from sspf_desk.store.models_cases import ActionItemRecord, CaseRecord
from sspf_desk.store.models_meetings import AgendaItemRecord, MeetingActionRecord

_CHUNK = 500


def open_case_id(session: Session, young_person_id: str | None) -> str | None:
    """The id of the young person's open case, if any (None for no person)."""
    if young_person_id is None:
        return None
    case = repo_cases.open_case_of(session, young_person_id)
    return None if case is None else case.id


def live_actions(
    session: Session, item_ids: Collection[str]
) -> dict[str, tuple[ActionItemInput, ...]]:
    """The actions of agenda items, in order, with linked plan items' live status."""
    records = repo_meetings.actions_of(session, item_ids)
    linked = sorted({r.action_item_id for r in records if r.action_item_id is not None})
    statuses: dict[str, ActionStatus] = {}
    for start in range(0, len(linked), _CHUNK):
        query = select(ActionItemRecord.id, ActionItemRecord.status).where(
            ActionItemRecord.id.in_(linked[start : start + _CHUNK])
        )
        statuses.update((str(pid), status) for pid, status in session.execute(query))
    found: dict[str, list[ActionItemInput]] = defaultdict(list)
    for record in records:
        data = record.to_input()
        live = statuses.get(record.action_item_id or "")
        if live is not None:
            data = replace(data, status=live)
        found[record.agenda_item_id].append(data)
    return {item_id: tuple(actions) for item_id, actions in found.items()}


def _case_is_open(session: Session, case_id: str) -> bool:
    case = session.get(CaseRecord, case_id)
    return case is not None and case.status is not CaseStatus.CLOSED


def _other_links(session: Session, plan_id: str, action_id: str) -> int:
    """How many other meeting actions link to the plan item."""
    query = (
        select(func.count())
        .select_from(MeetingActionRecord)
        .where(MeetingActionRecord.action_item_id == plan_id)
        .where(MeetingActionRecord.id != action_id)
    )
    return int(session.scalar(query) or 0)


def release(session: Session, action: MeetingActionRecord) -> None:
    """Unlink an action from its plan item, deleting the plan item only while it is
    planned, its case open and no other action links to it."""
    plan_id = action.action_item_id
    if plan_id is None:
        return
    action.action_item_id = None
    session.flush()
    plan = session.get(ActionItemRecord, plan_id)
    if (
        plan is not None
        and plan.status is ActionStatus.PLANNED
        and _case_is_open(session, plan.case_id)
        and _other_links(session, plan_id, action.id) == 0
    ):
        session.delete(plan)


def remove_actions(session: Session, item_ids: Collection[str]) -> None:
    """Delete the actions of agenda items (releasing their plan items)."""
    for action in repo_meetings.actions_of(session, item_ids):
        release(session, action)
        session.delete(action)
    session.flush()


def _pair(
    actions: Sequence[ActionItemInput], old: Sequence[MeetingActionRecord]
) -> tuple[list[MeetingActionRecord | None], list[MeetingActionRecord]]:
    """Match the new actions to the stored ones: same text first, then in order.

    Returns the record for each new action (None: a new action) and the records left over.
    """
    unused = list(old)
    matched: list[MeetingActionRecord | None] = []
    for data in actions:
        key = data.what.strip().casefold()
        same = next((r for r in unused if r.what.strip().casefold() == key), None)
        if same is not None:
            unused.remove(same)
        matched.append(same)
    for index, record in enumerate(matched):
        if record is None and unused:
            matched[index] = unused.pop(0)
    return matched, unused


def _sync_plan(
    session: Session, action: MeetingActionRecord, data: ActionItemInput, case_id: str | None
) -> None:
    """Create, update or release the plan item of one action (see the module docstring)."""
    plan = (
        None
        if action.action_item_id is None
        else session.get(ActionItemRecord, action.action_item_id)
    )
    if plan is not None and not _case_is_open(session, plan.case_id):
        return  # a closed case's plan is read-only; the link stays for the live status
    if plan is not None and plan.case_id != case_id:
        release(session, action)
        plan = None
    if case_id is None:
        return
    if plan is None:
        plan = ActionItemRecord(case_id=case_id)
        plan.apply(data)
        session.add(plan)
        session.flush()
        action.action_item_id = plan.id
    else:
        plan.apply(data)


def sync_actions(
    session: Session,
    item: AgendaItemRecord,
    actions: Sequence[ActionItemInput],
    *,
    links: Mapping[int, str] | None = None,
) -> None:
    """Store an agenda item's actions (in order) and keep the plan of the open case in step.

    Args:
        session: The unit of work.
        item: The stored (flushed) agenda item, already holding its young person.
        actions: The actions as the user saved them.
        links: For new actions by position, a plan item to link to instead of creating
            one (carry-over: the carried action shares the earlier action's plan item).
    """
    case_id = open_case_id(session, item.young_person_id)
    old = repo_meetings.actions_of(session, [item.id])
    matched, leftover = _pair(actions, old)
    for action in leftover:
        release(session, action)
        session.delete(action)
    session.flush()
    for position, (data, record) in enumerate(zip(actions, matched, strict=True)):
        if record is None:
            action = MeetingActionRecord(agenda_item_id=item.id, position=position)
            action.action_item_id = (links or {}).get(position)
            action.apply(data)
            session.add(action)
            session.flush()
        else:
            action = record
        action.position = position
        action.apply(data)
        _sync_plan(session, action, data, case_id)
    session.flush()


def carried_links(session: Session, carried: Sequence[AgendaItem]) -> list[dict[int, str]]:
    """For each carried-over item, its actions' plan items by position (see sync_actions).

    A carried action shares the plan item of the action it was carried from: the earlier
    item's action with the same fields (its live status included), first match in order.
    """
    sources = [item.carried_from_item_id for item in carried if item.carried_from_item_id]
    records = repo_meetings.actions_of(session, sources)
    live = live_actions(session, sources)
    by_item: dict[str, list[tuple[ActionItemInput, str | None]]] = defaultdict(list)
    offsets: dict[str, int] = defaultdict(int)
    for record in records:
        index = offsets[record.agenda_item_id]
        offsets[record.agenda_item_id] += 1
        data = live[record.agenda_item_id][index]
        by_item[record.agenda_item_id].append((data, record.action_item_id))
    found: list[dict[int, str]] = []
    for item in carried:
        unused = list(by_item.get(item.carried_from_item_id or "", ()))
        links: dict[int, str] = {}
        for position, action in enumerate(item.actions):
            match = next((entry for entry in unused if entry[0] == action), None)
            if match is None:
                continue
            unused.remove(match)
            if match[1] is not None:
                links[position] = match[1]
        found.append(links)
    return found
