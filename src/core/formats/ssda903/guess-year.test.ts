import assert from 'node:assert/strict';
import { it } from 'node:test';
import { guess903Year } from './guess-year.ts';

it('guesses an unnamed return\'s year from its latest episode date', () => {
  const episodes = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n1,01/05/2023,S,C2,N1,U1,PR1,02/04/2024,E4A,,,,\n';
  assert.equal(guess903Year([{ name: 'e.csv', content: episodes }]), '2024/25');
  assert.equal(guess903Year([{ name: 'h.csv', content: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n' }]), null);
});
