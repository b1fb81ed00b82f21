// The agent's own availability in the top bar: online agents are routed new conversations and
// rung for calls. Changes made elsewhere (another tab, an admin) arrive live.
import { h } from './dom.js';
import { api } from './api.js';

const CHOICES = [['online', 'Online'], ['away', 'Away'], ['offline', 'Offline']];

export function availabilityControl(session) {
  const select = h('select', { id: 'availability', 'aria-label': 'My availability', class: 'availability' },
    ...CHOICES.map(([value, label]) => h('option', { value }, label)));
  const show = value => {
    select.value = value;
    select.dataset.state = value;
  };
  api.get('/api/v1/agents/me').then(me => show(me.availability)).catch(() => {});
  select.addEventListener('change', async () => {
    const wanted = select.value;
    try {
      const me = await api.patch('/api/v1/agents/me', { availability: wanted });
      show(me.availability);
    } catch (e) {
      select.dataset.state = 'error';
      select.title = e.message;
    }
  });
  session.live.subscribe((name, data) => {
    if (name === 'agent.availability' && data.userId === session.user.id) show(data.availability);
  });
  return select;
}
