import { rule as rule501 } from './rule-501.ts';
import { rule as rule502 } from './rule-502.ts';
import { rule as rule503A } from './rule-503A.ts';
import { rule as rule503B } from './rule-503B.ts';
import { rule as rule503C } from './rule-503C.ts';
import { rules as rules503D } from './rule-503D.ts';
import { rule as rule503E } from './rule-503E.ts';
import { rule as rule503F } from './rule-503F.ts';
import { rule as rule503G } from './rule-503G.ts';
import { rule as rule503H } from './rule-503H.ts';
import { rule as rule503J } from './rule-503J.ts';
import { rule as rule504 } from './rule-504.ts';
import { rule as rule511 } from './rule-511.ts';
import { rule as rule514 } from './rule-514.ts';
import { rule as rule516 } from './rule-516.ts';
import { rule as rule517 } from './rule-517.ts';
import { rule as rule518 } from './rule-518.ts';
import { rule as rule519 } from './rule-519.ts';
import { rule as rule520 } from './rule-520.ts';
import { rule as rule521 } from './rule-521.ts';
import { rule as rule522 } from './rule-522.ts';
import { rule as rule523 } from './rule-523.ts';
import { rule as rule524 } from './rule-524.ts';
import { rule as rule525 } from './rule-525.ts';
import { rules as rules526 } from './rule-526.ts';
import { rule as rule527 } from './rule-527.ts';
import { rule as rule528 } from './rule-528.ts';
import { rule as rule529 } from './rule-529.ts';
import { rule as rule530 } from './rule-530.ts';
import { rule as rule531 } from './rule-531.ts';
import { rule as rule542 } from './rule-542.ts';
import { rule as rule543 } from './rule-543.ts';
import { rule as rule544 } from './rule-544.ts';
import { rule as rule545 } from './rule-545.ts';
import { rule as rule546 } from './rule-546.ts';
import { rule as rule547 } from './rule-547.ts';
import { rule as rule550 } from './rule-550.ts';
import { rule as rule551 } from './rule-551.ts';
import { rule as rule552 } from './rule-552.ts';
import { rule as rule553 } from './rule-553.ts';
import { rule as rule554 } from './rule-554.ts';
import { rule as rule555 } from './rule-555.ts';
import { rule as rule556 } from './rule-556.ts';
import { rules as rules557 } from './rule-557.ts';
import { rule as rule558 } from './rule-558.ts';
import { rule as rule559 } from './rule-559.ts';
import { rule as rule560 } from './rule-560.ts';
import { rule as rule561 } from './rule-561.ts';
import { rule as rule562 } from './rule-562.ts';
import { rule as rule563 } from './rule-563.ts';
import { rule as rule564 } from './rule-564.ts';
import { rule as rule565 } from './rule-565.ts';
import { rule as rule566 } from './rule-566.ts';
import { rule as rule567 } from './rule-567.ts';
import { rule as rule570 } from './rule-570.ts';
import { rule as rule571 } from './rule-571.ts';
import { rule as rule574 } from './rule-574.ts';
import { rule as rule575 } from './rule-575.ts';
import { rule as rule576 } from './rule-576.ts';
import { rule as rule577 } from './rule-577.ts';
import { rule as rule578 } from './rule-578.ts';
import { rule as rule579 } from './rule-579.ts';
import { rule as rule580 } from './rule-580.ts';
import { rule as rule581 } from './rule-581.ts';
import { rule as rule582 } from './rule-582.ts';
import { rule as rule583 } from './rule-583.ts';
import { rule as rule584 } from './rule-584.ts';
import { rule as rule586 } from './rule-586.ts';
import { rule as rule601 } from './rule-601.ts';
import { rule as rule602 } from './rule-602.ts';
import { rules as rules607 } from './rule-607.ts';
import { rule as rule611 } from './rule-611.ts';
import { rules as rules612 } from './rule-612.ts';
import { rule as rule620 } from './rule-620.ts';
import { rule as rule621 } from './rule-621.ts';
import { rule as rule624 } from './rule-624.ts';
import { rule as rule625 } from './rule-625.ts';
import { rule as rule626 } from './rule-626.ts';
import { rule as rule628 } from './rule-628.ts';
import { rule as rule630 } from './rule-630.ts';
import { rule as rule631 } from './rule-631.ts';
import { rule as rule632 } from './rule-632.ts';
import { rule as rule633 } from './rule-633.ts';
import { rule as rule634 } from './rule-634.ts';
import { rule as rule635 } from './rule-635.ts';
import { rule as rule700 } from './rule-700.ts';
import { rule as rule701 } from './rule-701.ts';
import { rule as rule702 } from './rule-702.ts';
import { rule as rule703 } from './rule-703.ts';
import { rule as rule704 } from './rule-704.ts';
import { rule as rule705 } from './rule-705.ts';
import { rule as rule706 } from './rule-706.ts';
import { rule as rule707 } from './rule-707.ts';
import { rule as rule708 } from './rule-708.ts';
import { rule as rule710 } from './rule-710.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/**
 * The SSDA903 rules with codes 500–999: one module each. Rule 709 (a DoLO in an unexpected placement
 * type) is left pending: the DfE's list of expected placement types was not available.
 */
export const rules500To999: readonly Ssda903Rule[] = [
  rule501, rule502, rule503A, rule503B, rule503C, ...rules503D, rule503E, rule503F, rule503G, rule503H, rule503J,
  rule504, rule511, rule514, rule516, rule517, rule518, rule519, rule520, rule521, rule522, rule523, rule524,
  rule525, ...rules526, rule527, rule528, rule529, rule530, rule531, rule542, rule543, rule544, rule545, rule546,
  rule547, rule550, rule551, rule552, rule553, rule554, rule555, rule556, ...rules557, rule558, rule559, rule560,
  rule561, rule562, rule563, rule564, rule565, rule566, rule567, rule570, rule571, rule574, rule575, rule576,
  rule577, rule578, rule579, rule580, rule581, rule582, rule583, rule584, rule586, rule601, rule602, ...rules607,
  rule611, ...rules612, rule620, rule621, rule624, rule625, rule626, rule628, rule630, rule631, rule632, rule633,
  rule634, rule635, rule700, rule701, rule702, rule703, rule704, rule705, rule706, rule707, rule708, rule710,
];
