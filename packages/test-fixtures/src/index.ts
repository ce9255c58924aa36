export { miniCourse, type MiniCourseOverrides } from './mini-course';
