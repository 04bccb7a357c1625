import { careLeaverIndicator } from '../care-leaver-cohort.ts';

export const careLeaversInTouch = careLeaverIndicator({
  id: 'care-leavers-in-touch',
  title: 'Care leavers aged 19 to 21 in touch with the council',
  what: 'the council was in touch with (IN_TOUCH = YES)',
  variant: 'DfE care leavers table; NO, REFU, NREQ, RHOM and DIED are all "not in touch".',
  counted: (r) => r.inTouch === 'YES',
});
