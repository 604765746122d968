// Drag-and-drop of files anywhere on the page: `dragging` is true while files are over the
// window (to show the drop overlay); `onFiles` receives what was dropped.
import { onBeforeUnmount, onMounted, ref } from 'vue'

const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files')

export function useFileDrop(onFiles: (files: File[]) => void) {
  /** Files are being dragged over the page. */
  const dragging = ref(false)
  // dragenter/dragleave fire for every child element: count them to know when we really left.
  let depth = 0

  const enter = (e: DragEvent) => {
    if (!hasFiles(e)) return
    e.preventDefault()
    depth++
    dragging.value = true
  }
  const over = (e: DragEvent) => {
    if (!hasFiles(e)) return
    e.preventDefault() // allows the drop
    e.dataTransfer!.dropEffect = 'copy'
  }
  const leave = (e: DragEvent) => {
    if (!hasFiles(e)) return
    depth = Math.max(0, depth - 1)
    if (depth === 0) dragging.value = false
  }
  const drop = (e: DragEvent) => {
    if (!hasFiles(e)) return
    e.preventDefault() // never let the browser navigate to the file
    depth = 0
    dragging.value = false
    const files = Array.from(e.dataTransfer?.files ?? [])
    if (files.length) onFiles(files)
  }

  onMounted(() => {
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('dragenter', enter)
    window.removeEventListener('dragover', over)
    window.removeEventListener('dragleave', leave)
    window.removeEventListener('drop', drop)
  })
  return { dragging }
}
