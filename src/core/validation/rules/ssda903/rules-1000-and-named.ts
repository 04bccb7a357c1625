import type { Ssda903Rule } from './ssda903-rule.ts';
import { rule as rule1000 } from './rule-1000.ts';
import { rule as rule1001 } from './rule-1001.ts';
import { rule as rule1002 } from './rule-1002.ts';
import { rule as rule1003 } from './rule-1003.ts';
import { rule as rule1004 } from './rule-1004.ts';
import { rule as rule1005 } from './rule-1005.ts';
import { rule as rule1006 } from './rule-1006.ts';
import { rule as rule1007 } from './rule-1007.ts';
import { rule as rule1008 } from './rule-1008.ts';
import { rule as rule1009 } from './rule-1009.ts';
import { rule as rule1010 } from './rule-1010.ts';
import { rule as rule1011 } from './rule-1011.ts';
import { rule as rule1012 } from './rule-1012.ts';
import { rule as rule1014 } from './rule-1014.ts';
import { rules as rules1015 } from './rule-1015.ts';
import { rule as rule1016 } from './rule-1016.ts';
import { rule as rule3001 } from './rule-3001.ts';
import { rule as ruleEPI } from './rule-EPI.ts';
import { rule as ruleINT01 } from './rule-INT01.ts';
import { rule as ruleINT02 } from './rule-INT02.ts';
import { rule as ruleINT03 } from './rule-INT03.ts';
import { rule as ruleINT04 } from './rule-INT04.ts';
import { rule as ruleINT05 } from './rule-INT05.ts';
import { rule as ruleINT06 } from './rule-INT06.ts';
import { rule as ruleINT07 } from './rule-INT07.ts';
import { rule as ruleINT08 } from './rule-INT08.ts';
import { rule as ruleINT09 } from './rule-INT09.ts';
import { rule as ruleINT11 } from './rule-INT11.ts';
import { rule as ruleINT12 } from './rule-INT12.ts';
import { rule as ruleINT13 } from './rule-INT13.ts';
import { rule as ruleINT14 } from './rule-INT14.ts';
import { rule as ruleINT15 } from './rule-INT15.ts';
import { rule as ruleINT16 } from './rule-INT16.ts';
import { rule as ruleINT17 } from './rule-INT17.ts';
import { rule as ruleINT18 } from './rule-INT18.ts';
import { rule as ruleINT21 } from './rule-INT21.ts';
import { rule as ruleINT31 } from './rule-INT31.ts';
import { rule as ruleINT32 } from './rule-INT32.ts';
import { rule as ruleINT33 } from './rule-INT33.ts';
import { rule as ruleINT34 } from './rule-INT34.ts';
import { rule as ruleINT35 } from './rule-INT35.ts';
import { rule as ruleINT36 } from './rule-INT36.ts';
import { rule as ruleNoE } from './rule-NoE.ts';
import { rule as ruleSW01STG1 } from './rule-SW01STG1.ts';
import { rule as ruleSW01aSTG1 } from './rule-SW01aSTG1.ts';
import { rule as ruleSW01bSTG1 } from './rule-SW01bSTG1.ts';
import { rules as rulesSW02STG1 } from './rule-SW02STG1.ts';
import { rule as ruleSW03STG1 } from './rule-SW03STG1.ts';
import { rule as ruleSW04STG1 } from './rule-SW04STG1.ts';
import { rule as ruleSW05STG1 } from './rule-SW05STG1.ts';
import { rule as ruleSW06STG2 } from './rule-SW06STG2.ts';
import { rules as rulesSW07STG2 } from './rule-SW07STG2.ts';
import { rule as ruleSW08STG2 } from './rule-SW08STG2.ts';
import { rule as ruleSW09STG2 } from './rule-SW09STG2.ts';
import { rules as rulesSW10STG2 } from './rule-SW10STG2.ts';
import { rule as ruleSW11aSTG2 } from './rule-SW11aSTG2.ts';
import { rule as ruleSW11bSTG2 } from './rule-SW11bSTG2.ts';
import { rules as rulesSW12STG2 } from './rule-SW12STG2.ts';
import { rules as rulesSW13STG1 } from './rule-SW13STG1.ts';
import { rule as ruleSW14STG2 } from './rule-SW14STG2.ts';
import { rule as ruleSW17STG2 } from './rule-SW17STG2.ts';

/** The SSDA903 rules with codes 1000 and above (1000–1016, 3001) and the named codes (EPI, INT01–INT36, NoE, SW01STG1–SW17STG2): one module each. */
export const rules1000AndNamed: readonly Ssda903Rule[] = [
  rule1000, rule1001, rule1002, rule1003, rule1004, rule1005, rule1006, rule1007, rule1008, rule1009, rule1010, rule1011,
  rule1012, rule1014, ...rules1015, rule1016, rule3001, ruleEPI, ruleINT01, ruleINT02, ruleINT03, ruleINT04, ruleINT05,
  ruleINT06, ruleINT07, ruleINT08, ruleINT09, ruleINT11, ruleINT12, ruleINT13, ruleINT14, ruleINT15, ruleINT16, ruleINT17,
  ruleINT18, ruleINT21, ruleINT31, ruleINT32, ruleINT33, ruleINT34, ruleINT35, ruleINT36, ruleNoE, ruleSW01STG1, ruleSW01aSTG1,
  ruleSW01bSTG1, ...rulesSW02STG1, ruleSW03STG1, ruleSW04STG1, ruleSW05STG1, ruleSW06STG2, ...rulesSW07STG2, ruleSW08STG2,
  ruleSW09STG2, ...rulesSW10STG2, ruleSW11aSTG2, ruleSW11bSTG2, ...rulesSW12STG2, ...rulesSW13STG1, ruleSW14STG2, ruleSW17STG2,
];
