import { describe, expect, it } from 'vitest';
import { deskQuestion as desk } from '../../../test/fixtures/hotspot-desk';
import { scorm12Type, correctPatterns as patterns12, studentResponse } from './scorm12/interactions';
import { scorm2004Type, correctPatterns as patterns2004, learnerResponse } from './scorm2004/interactions';

describe('a hotspot question in SCORM', () => {
  it('is a choice interaction in SCORM 1.2, its areas lettered by position', () => {
    expect(scorm12Type('hotspot')).toBe('choice');
    expect(studentResponse(desk, { type: 'hotspot', areas: ['parcel', 'folder'] })).toBe('a,c');
    expect(patterns12(desk, 'id', 'id')).toEqual(['a,b']);
  });

  it('is a choice interaction in SCORM 2004, its areas named by id', () => {
    expect(scorm2004Type('hotspot')).toBe('choice');
    expect(learnerResponse(desk, { type: 'hotspot', areas: ['parcel', 'folder'] }, 'id')).toBe('parcel[,]folder');
    expect(patterns2004(desk, 'id', 'id')).toEqual(['parcel[,]envelope']);
  });
});
