import { useState, type FormEvent } from 'react';
import { PARTY_ROLES, type DeliberationSessionView, type DepartmentOrder } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { fieldProblems } from '../ui/field-problems';
import { Field, FormActions, SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { emptyOrder, OrderFields } from './order-fields';
import { ruleText } from './rule-text';

interface Choice {
  /** An option's index, or "order": ordered from a department (部门接单). */
  pick: string;
  note: string;
  order: DepartmentOrder;
}
interface TaskInput {
  itemId: string;
  title: string;
  ownerRole: string;
  ownerName: string;
  dueDate: string;
}

/** The decision (决议): per agenda item an option or an order to a department, and the follow-up tasks with owners and dates. */
export function DecideForm({ session, onDone, onCancel }: { session: DeliberationSessionView; onDone(): void; onCancel(): void }) {
  const { t, locale } = useI18n();
  const { api } = useAuth();
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(session.agenda.map((item) => [item.id, { pick: String(item.leading[0] ?? 0), note: '', order: emptyOrder() }])),
  );
  const [tasks, setTasks] = useState<TaskInput[]>([]);
  const choose = (itemId: string, change: Partial<Choice>) => setChoices({ ...choices, [itemId]: { ...choices[itemId]!, ...change } });
  const submit = useSubmit(async () => {
    const decisions = session.agenda.map((item) => {
      const choice = choices[item.id]!;
      const note = choice.note.trim() || undefined;
      return choice.pick === 'order' ? { itemId: item.id, kind: 'order', order: { ...choice.order, note: choice.order.note?.trim() || undefined }, note } : { itemId: item.id, kind: 'option', option: Number(choice.pick), note };
    });
    await api('POST', `/deliberation/sessions/${session.id}/decide`, { body: { decisions, tasks: tasks.map((task) => ({ ...task, itemId: task.itemId || undefined })) } });
    onDone();
  });
  const problems = Object.fromEntries(Object.entries(fieldProblems(submit.error)).map(([field, reason]) => [field, ruleText(reason, locale)]));
  return (
    <form
      className="form-grid"
      aria-label={t('engagement.session.decide')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit.run();
      }}
    >
      {session.agenda.map((item, index) => {
        const choice = choices[item.id]!;
        return (
          <fieldset key={item.id} className="field request-item">
            <legend>{item.issueText}</legend>
            <SelectField
              label={t('engagement.session.decision')}
              value={choice.pick}
              options={[...item.options.map((option, i) => ({ value: String(i), label: option })), { value: 'order', label: t('engagement.session.orderFromDepartment') }]}
              onChange={(pick) => choose(item.id, { pick })}
              required
            />
            {choice.pick === 'order' && <OrderFields value={choice.order} onChange={(order) => choose(item.id, { order })} problems={problems} prefix={`decisions[${index}].order.`} />}
            <Field label={t('engagement.session.decisionNote')}>{(id) => <input id={id} maxLength={2000} value={choice.note} onChange={(e) => choose(item.id, { note: e.target.value })} />}</Field>
          </fieldset>
        );
      })}
      <fieldset className="field">
        <legend>{t('engagement.session.tasks')}</legend>
        {tasks.map((task, index) => {
          const set = (change: Partial<TaskInput>) => setTasks(tasks.map((old, i) => (i === index ? { ...old, ...change } : old)));
          return (
            <div key={index} className="settings-grid request-item">
              <Field label={t('engagement.session.taskTitle')} error={problems[`tasks[${index}].title`]}>{(id) => <input id={id} required maxLength={500} value={task.title} onChange={(e) => set({ title: e.target.value })} />}</Field>
              <SelectField label={t('engagement.session.taskItem')} value={task.itemId} options={session.agenda.map((item) => ({ value: item.id, label: item.issueText }))} onChange={(itemId) => set({ itemId })} emptyLabel={t('engagement.optional')} />
              <SelectField label={t('engagement.session.taskOwnerRole')} value={task.ownerRole} options={PARTY_ROLES} prefix="engagement.party." onChange={(ownerRole) => set({ ownerRole })} required />
              <Field label={t('engagement.session.taskOwner')}>{(id) => <input id={id} required maxLength={100} value={task.ownerName} onChange={(e) => set({ ownerName: e.target.value })} />}</Field>
              <Field label={t('engagement.session.taskDue')} error={problems[`tasks[${index}].dueDate`]}>{(id) => <input id={id} type="date" required value={task.dueDate} onChange={(e) => set({ dueDate: e.target.value })} />}</Field>
            </div>
          );
        })}
        <div>
          <button type="button" className="link" onClick={() => setTasks([...tasks, { itemId: session.agenda[0]?.id ?? '', title: '', ownerRole: 'property-company', ownerName: '', dueDate: '' }])}>
            {t('engagement.session.addTask')}
          </button>
        </div>
      </fieldset>
      <ErrorMessage error={submit.error} />
      <FormActions submitLabel={t('engagement.session.decideSubmit')} submitting={submit.submitting} onCancel={onCancel} />
    </form>
  );
}
