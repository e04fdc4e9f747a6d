import { describe, expect, it } from 'vitest'
import { departmentColor } from '../../../shared/departments/departmentColor'
import { departmentPalette, unknownDepartmentColor } from '../../../shared/departments/departmentPalette'

type Vector = [number, number, number]
type Matrix = [Vector, Vector, Vector]

// Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision
// Deficiency", severity 1.0, applied to linear sRGB.
const simulations: Record<string, Matrix> = {
  'normal vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

/** Two Fachdienst colours must differ at least this much (CIEDE2000) in every simulated vision. */
const minimumDifference = 12
const labelGrey = '#f6f8fa'

function linearRgb(hex: string): Vector {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return [channel(1), channel(3), channel(5)]
}

function multiply(matrix: Matrix, vector: Vector): Vector {
  const row = (r: Vector) => Math.min(1, Math.max(0, r[0] * vector[0] + r[1] * vector[1] + r[2] * vector[2]))
  return [row(matrix[0]), row(matrix[1]), row(matrix[2])]
}

function relativeLuminance([r, g, b]: Vector): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(linearRgb(first)), relativeLuminance(linearRgb(second))].sort((a, b) => b - a) as [number, number]
  return (lighter + 0.05) / (darker + 0.05)
}

/** CIELAB (D65) of a linear sRGB colour. */
function lab([r, g, b]: Vector): Vector {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). */
function ciede2000([l1, a1, b1]: Vector, [l2, a2, b2]: Vector): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180
  const meanChroma = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2
  const g = 0.5 * (1 - Math.sqrt(meanChroma ** 7 / (meanChroma ** 7 + 25 ** 7)))
  const a1Prime = (1 + g) * a1
  const a2Prime = (1 + g) * a2
  const c1 = Math.hypot(a1Prime, b1)
  const c2 = Math.hypot(a2Prime, b2)
  const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360)
  const h1 = hue(a1Prime, b1)
  const h2 = hue(a2Prime, b2)
  let hueDelta = h2 - h1
  if (c1 * c2 === 0) hueDelta = 0
  else if (hueDelta > 180) hueDelta -= 360
  else if (hueDelta < -180) hueDelta += 360
  const deltaL = l2 - l1
  const deltaC = c2 - c1
  const deltaH = 2 * Math.sqrt(c1 * c2) * Math.sin(radians(hueDelta / 2))
  const meanL = (l1 + l2) / 2
  const meanC = (c1 + c2) / 2
  let meanH = h1 + h2
  if (c1 * c2 !== 0) meanH = Math.abs(h1 - h2) > 180 ? (h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2) : (h1 + h2) / 2
  const t = 1 - 0.17 * Math.cos(radians(meanH - 30)) + 0.24 * Math.cos(radians(2 * meanH)) + 0.32 * Math.cos(radians(3 * meanH + 6)) - 0.2 * Math.cos(radians(4 * meanH - 63))
  const rotation = 30 * Math.exp(-(((meanH - 275) / 25) ** 2))
  const rc = 2 * Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7))
  const sl = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2)
  const sc = 1 + 0.045 * meanC
  const sh = 1 + 0.015 * meanC * t
  const rt = -Math.sin(radians(2 * rotation)) * rc
  return Math.sqrt((deltaL / sl) ** 2 + (deltaC / sc) ** 2 + (deltaH / sh) ** 2 + rt * (deltaC / sc) * (deltaH / sh))
}

describe('the Fachdienst palette', () => {
  it('computes CIEDE2000 as the published test data do', () => {
    // Pairs 1, 7, 17 and 25 of Sharma, Wu & Dalal's supplementary test data.
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4)
    expect(ciede2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4)
    expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4)
    expect(ciede2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4)
  })

  it('keeps greys grey in every simulation (each matrix row sums to one)', () => {
    for (const matrix of Object.values(simulations)) {
      const grey = multiply(matrix, [0.5, 0.5, 0.5])
      for (const channel of grey) expect(channel).toBeCloseTo(0.5, 3)
    }
  })

  for (const [vision, matrix] of Object.entries(simulations)) {
    it(`tells every two colours apart under ${vision}`, () => {
      const simulated = departmentPalette.map((color) => ({ color, lab: lab(multiply(matrix, linearRgb(color))) }))
      const tooClose: string[] = []
      for (const [index, first] of simulated.entries()) {
        for (const second of simulated.slice(index + 1)) {
          const difference = ciede2000(first.lab, second.lab)
          if (difference < minimumDifference) tooClose.push(`${first.color}/${second.color}: ${difference.toFixed(1)}`)
        }
      }
      expect(tooClose).toEqual([])
    })
  }

  it('has text and underline colours with WCAG AA contrast on white and on the label grey, and room for white initials', () => {
    for (const color of [...departmentPalette, unknownDepartmentColor]) {
      expect(contrastRatio(color, '#ffffff'), color).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(color, labelGrey), color).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('gives the Fachdienste on the list the colours of their positions, whatever the spelling, and others a stable one', () => {
    const registry = ['Integrationsbüro', 'Jugendamt', 'Jobcenter', 'Schulamt', 'Sozialamt', 'Ordnungsamt', 'Gesundheitsamt', 'Kreisvolkshochschule']
    const colors = registry.map((name) => departmentColor(name, registry))
    expect(new Set(colors).size).toBe(registry.length)
    expect(departmentColor('  integrationsbüro ', registry)).toBe(colors[0])
    expect(departmentColor('Ausländerbehörde', registry)).toBe(departmentColor('Ausländerbehörde'))
    expect(departmentPalette).toContain(departmentColor('Ausländerbehörde'))
  })
})
